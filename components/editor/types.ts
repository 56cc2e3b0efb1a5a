import type { TaskStatus } from '@/lib/contract';
import type { VideoConfig } from '@/lib/video';

/** What the editor page loads on the server and hands to `<Editor>`. */
export interface EditorTask {
  taskId: string;
  title: string;
  config: VideoConfig;
  status: TaskStatus;
  videoUrl: string | null;
  /** The task version the config is (autosave's first base version). */
  version: number;
}
