'use client';

import { useQuery } from '@tanstack/react-query';
import { memo, useMemo } from 'react';
import { filmstripLayout, parseWaveform, waveformPath, waveformPeaks, type LibraryFile } from '@/lib/editor';

export interface ClipMediaProps {
  file: LibraryFile;
  /** The clip box's width in px and the zoom (px per second). */
  widthPx: number;
  heightPx: number;
  zoom: number;
  /** Source seconds at the box's left edge, and the playback rate. */
  sourceStart: number;
  rate: number;
}

/**
 * What a media clip shows inside its box: a filmstrip for video, a waveform for audio (and along
 * the bottom of a video with sound), the picture for an image. Pure drawing from the library
 * file's processing outputs; missing outputs just leave the plain coloured box.
 */
export const ClipMedia = memo(function ClipMedia({ file, widthPx, heightPx, zoom, sourceStart, rate }: ClipMediaProps) {
  const hasWave = Boolean(file.waveformUrl) && (file.type === 'audio' || (file.type === 'video' && file.hasAudio !== false));
  if (file.type === 'image') {
    const picture = file.thumbnailUrl ?? file.url;
    return (
      <div
        data-testid="clip-thumbnail"
        aria-hidden="true"
        className="pointer-events-none absolute inset-0 opacity-70"
        style={{ backgroundImage: `url("${picture}")`, backgroundRepeat: 'repeat-x', backgroundSize: 'auto 100%' }}
      />
    );
  }
  if (file.type === 'video') {
    const waveHeight = hasWave ? Math.round(heightPx * 0.3) : 0;
    return (
      <>
        {file.filmstrip ? (
          <Filmstrip file={file} widthPx={widthPx} heightPx={heightPx - waveHeight} zoom={zoom} sourceStart={sourceStart} rate={rate} />
        ) : null}
        {hasWave ? (
          <div className="pointer-events-none absolute inset-x-0 bottom-0 bg-black/35" style={{ height: waveHeight }}>
            <Waveform url={file.waveformUrl!} widthPx={widthPx} heightPx={waveHeight} zoom={zoom} sourceStart={sourceStart} rate={rate} />
          </div>
        ) : null}
      </>
    );
  }
  if (file.type === 'audio' && hasWave) {
    return (
      <div className="pointer-events-none absolute inset-0">
        <Waveform url={file.waveformUrl!} widthPx={widthPx} heightPx={heightPx} zoom={zoom} sourceStart={sourceStart} rate={rate} />
      </div>
    );
  }
  return null;
});

function Filmstrip({ file, widthPx, heightPx, zoom, sourceStart, rate }: ClipMediaProps) {
  const strip = file.filmstrip!;
  const layout = filmstripLayout(strip, { widthPx, heightPx, zoom, sourceStart, rate });
  return (
    <div data-testid="clip-filmstrip" aria-hidden="true" className="pointer-events-none absolute inset-x-0 top-0 overflow-hidden opacity-80" style={{ height: heightPx }}>
      {layout.slots.map((slot, k) => (
        <div
          key={k}
          className="absolute top-0 h-full"
          style={{
            left: slot.left,
            width: slot.width,
            backgroundImage: `url("${strip.url}")`,
            backgroundSize: `${layout.backgroundWidth}px ${layout.backgroundHeight}px`,
            backgroundPosition: `${slot.backgroundX}px ${slot.backgroundY}px`,
            backgroundRepeat: 'no-repeat',
          }}
        />
      ))}
    </div>
  );
}

/** Waveforms wider than this are drawn at this many columns and stretched (a bounded path per clip). */
const MAX_WAVEFORM_COLUMNS = 2048;

function Waveform({ url, widthPx, heightPx, zoom, sourceStart, rate }: Omit<ClipMediaProps, 'file'> & { url: string }) {
  const { data } = useQuery({
    queryKey: ['waveform', url],
    queryFn: async ({ signal }) => {
      const response = await fetch(url, { signal });
      if (!response.ok) throw new Error(`waveform ${response.status}`);
      return parseWaveform(await response.json());
    },
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  });
  const columns = Math.max(1, Math.min(MAX_WAVEFORM_COLUMNS, Math.round(widthPx)));
  const height = Math.max(1, Math.round(heightPx));
  const path = useMemo(() => {
    if (!data) return '';
    const to = sourceStart + (widthPx / Math.max(1e-6, zoom)) * rate;
    return waveformPath(waveformPeaks(data, { from: sourceStart, to, columns }), height);
  }, [data, columns, height, widthPx, zoom, sourceStart, rate]);

  // An <svg>, not a <canvas>: see waveformPath (a canvas is a composited layer of its own).
  return (
    <svg
      data-testid="clip-waveform"
      data-ready={data ? 'true' : 'false'}
      aria-hidden="true"
      className="block h-full w-full"
      viewBox={`0 0 ${columns} ${height}`}
      preserveAspectRatio="none"
    >
      {path ? <path d={path} fill="rgba(255, 255, 255, 0.75)" /> : null}
    </svg>
  );
}
