import type { VideoConfig } from '@/lib/video';

/** What the editor page loads on the server and hands to `<Editor>`. */
export interface EditorTask {
  taskId: string;
  title: string;
  config: VideoConfig;
  status: 'created' | 'rendering' | 'completed' | 'failed';
  videoUrl: string | null;
}
