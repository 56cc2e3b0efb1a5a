import { handlers } from '@/lib/api/auth';

export const { GET, POST } = handlers;
