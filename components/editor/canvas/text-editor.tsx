'use client';

import { useEffect, useRef, useState } from 'react';
import type { ClipFrame } from '@/lib/editor';

export interface TextEditorProps {
  frame: ClipFrame;
  /** Screen px per canvas px. */
  scale: number;
  text: string;
  fontSize: number;
  onCommit: (text: string) => void;
  onCancel: () => void;
}

/**
 * In-place editing of a text clip: a textarea laid exactly over the clip (same anchor, rotation and
 * scale as the composition's box). Enter or leaving it commits (one undo step), Shift+Enter is a new
 * line, Escape cancels.
 */
export function TextEditor({ frame, scale, text, fontSize, onCommit, onCancel }: TextEditorProps) {
  const [value, setValue] = useState(text);
  const ref = useRef<HTMLTextAreaElement>(null);
  const isDone = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (commit: boolean) => {
    if (isDone.current) return;
    isDone.current = true;
    if (commit && value !== text) onCommit(value);
    else onCancel();
  };

  return (
    <div
      className="absolute"
      style={{
        left: frame.x * scale,
        top: frame.y * scale,
        width: Math.max(frame.width, fontSize * 2) * scale,
        height: frame.height * scale,
        transform: `translate(${-frame.anchorX * 100}%, ${-frame.anchorY * 100}%) rotate(${frame.rotation}deg) scale(${frame.scaleX}, ${frame.scaleY})`,
        transformOrigin: `${frame.anchorX * 100}% ${frame.anchorY * 100}%`,
      }}
      onPointerDown={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
    >
      <textarea
        ref={ref}
        aria-label="Text on canvas"
        data-testid="canvas-text-editor"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => finish(true)}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') {
            event.preventDefault();
            finish(false);
          } else if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            finish(true);
          }
        }}
        className="h-full w-full resize-none overflow-hidden rounded-sm bg-black/70 p-0 text-center text-white outline-2 outline-indigo-400"
        style={{ fontSize: fontSize * scale, lineHeight: 1.2 }}
      />
    </div>
  );
}
