import { creditCost } from '../../video';
import type { Task } from '../db/generated/client';

export function taskCost(task: Pick<Task, 'duration' | 'width' | 'height'>): number {
  return creditCost(task.duration, task.width, task.height);
}
