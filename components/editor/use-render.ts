'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import {
  ApiRequestError,
  getCredits,
  getRenderStatus,
  normalizeRenderStatus,
  startRender,
  type RenderStatus,
} from '@/lib/editor';
import type { EditorDoc } from '@/lib/editor';
import { useEditorContext } from './editor-context';
import type { EditorTask } from './types';

export interface RenderReceipt {
  cost?: number;
  remainingCredits?: number;
  alreadyRendered?: boolean;
}

export interface RenderController {
  /** The latest known render state (from the task, the render call, or polling). */
  status: RenderStatus;
  /** True from the click until the render call has answered. */
  isStarting: boolean;
  isRendering: boolean;
  /** Why the last attempt could not start (save failed, `INSUFFICIENT_CREDITS`…). */
  startError: string | null;
  /** The last status poll failed (polling continues). */
  pollError: string | null;
  receipt: RenderReceipt | null;
  /** Whether the panel has anything to show. */
  hasActivity: boolean;
  start: () => Promise<void>;
  dismiss: () => void;
  /** Render button: shows the cost and asks first (`isConfirming`); `start` runs on confirm. */
  requestRender: () => void;
  cancelRender: () => void;
  isConfirming: boolean;
  /** The document the last render was started from (unchanged since → the server renders it for free). */
  renderedDoc: EditorDoc | null;
  /** The balance (GET /api/v1/credits), refreshed when the dialog opens and after a render starts. */
  credits: { balance: number | null; isLoading: boolean; error: string | null };
}

export const creditsQueryKey = ['credits'] as const;

/** Renders whose status still says "created" right after the render call are polled this many times. */
const MAX_CREATED_POLLS = 10;

/**
 * Render flow: flush the autosave (the server renders what it has), `POST …/render`, then poll
 * `GET /api/v1/video/:taskId` every second (TanStack Query) while the status is "rendering".
 */
export function useRender(task: EditorTask): RenderController {
  const { taskId, autosaveRef, store } = useEditorContext();
  const queryClient = useQueryClient();
  const queryKey = useMemo(() => ['video-render-status', taskId] as const, [taskId]);
  const [isStarting, setIsStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<RenderReceipt | null>(null);
  const [isPolling, setIsPolling] = useState(task.status === 'rendering');
  const [createdPolls, setCreatedPolls] = useState(0);
  const [isDismissed, setIsDismissed] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const [renderedDoc, setRenderedDoc] = useState<EditorDoc | null>(() => (task.status === 'completed' ? store.getState().doc : null));

  const creditsQuery = useQuery({
    queryKey: creditsQueryKey,
    queryFn: ({ signal }) => getCredits(signal),
    staleTime: 0,
  });

  const query = useQuery({
    queryKey,
    queryFn: async ({ signal }) => {
      const next = await getRenderStatus(taskId, signal);
      if (next.status === 'created') setCreatedPolls((n) => n + 1);
      return next;
    },
    enabled: isPolling,
    initialData: () =>
      normalizeRenderStatus({
        status: task.status,
        progress: task.status === 'completed' ? 100 : 0,
        stage: task.status === 'rendering' ? 'queued' : undefined,
        videoUrl: task.videoUrl,
      }),
    initialDataUpdatedAt: 0,
    refetchInterval: (q) => {
      const status = q.state.data?.status;
      if (status === 'rendering') return 1000;
      // Just after the render call the task may not say "rendering" yet: keep asking for a while.
      if (status === 'created' && isPolling && createdPolls < MAX_CREATED_POLLS) return 1000;
      return false;
    },
    refetchIntervalInBackground: true,
    retry: 3,
  });

  // Right after the render call the task may still say "created": show it as queued meanwhile.
  const isAwaitingStart = isPolling && query.data.status === 'created' && createdPolls < MAX_CREATED_POLLS;
  const status: RenderStatus = isAwaitingStart
    ? { ...query.data, status: 'rendering', stage: 'queued', progress: 0 }
    : query.data;
  const pollError = query.isError && status.status === 'rendering' ? query.error.message : null;

  const start = useCallback(async () => {
    setStartError(null);
    setIsDismissed(false);
    setIsConfirming(false);
    setIsStarting(true);
    const doc = store.getState().doc;
    try {
      try {
        await autosaveRef.current?.flush();
      } catch (error) {
        setStartError(`Save your changes first: ${error instanceof Error ? error.message : 'the last save failed'}`);
        return;
      }
      const response = await startRender(taskId);
      setRenderedDoc(doc);
      void queryClient.invalidateQueries({ queryKey: creditsQueryKey });
      setReceipt({ cost: response.cost, remainingCredits: response.remainingCredits, alreadyRendered: response.alreadyRendered });
      const next: RenderStatus =
        response.status === 'completed'
          ? { status: 'completed', progress: 100, stage: null, videoUrl: response.videoUrl ?? null, error: null }
          : { status: 'rendering', progress: 0, stage: 'queued', videoUrl: null, error: null };
      await queryClient.cancelQueries({ queryKey });
      queryClient.setQueryData(queryKey, next);
      setCreatedPolls(0);
      // A completed answer without a URL still needs one status read.
      setIsPolling(response.status === 'rendering' || !next.videoUrl);
      if (response.status === 'completed' && !next.videoUrl) {
        await queryClient.invalidateQueries({ queryKey });
      }
    } catch (error) {
      setStartError(
        error instanceof ApiRequestError || error instanceof Error ? error.message : 'Could not start the render',
      );
    } finally {
      setIsStarting(false);
    }
  }, [autosaveRef, queryClient, queryKey, taskId, store]);

  const requestRender = useCallback(() => {
    setIsConfirming(true);
    void creditsQuery.refetch();
  }, [creditsQuery]);

  const isRendering = status.status === 'rendering';
  const hasActivity =
    !isDismissed && (isStarting || startError !== null || isRendering || status.status === 'completed' || status.status === 'failed');

  return {
    status,
    isStarting,
    isRendering,
    startError,
    pollError,
    receipt,
    hasActivity,
    start,
    requestRender,
    cancelRender: () => setIsConfirming(false),
    isConfirming,
    renderedDoc,
    credits: {
      balance: creditsQuery.data?.credits ?? null,
      isLoading: creditsQuery.isFetching && creditsQuery.data === undefined,
      error: creditsQuery.isError ? creditsQuery.error.message : null,
    },
    dismiss: () => {
      setIsDismissed(true);
      setStartError(null);
    },
  };
}
