import { z } from 'zod';
import { subtitleConfigSchema, subtitleWordsSchema } from '../schema';
import type { Clip } from '../schema';
import { defineTemplate, fontSizeFor, themeFields } from './define-template';
import { fullCanvasVideo, mediaDataFields } from './subtitle-video';

/**
 * talking-head: a full-canvas speaker video, optional captions, an optional title at the top for the
 * first 3 s and a lower third (speaker name + role) that slides in and out during the first 5 s.
 */
export const talkingHeadTemplate = defineTemplate({
  name: 'talking-head',
  schema: z.looseObject({
    ...themeFields,
    ...mediaDataFields,
    words: subtitleWordsSchema.optional(),
    config: subtitleConfigSchema.optional(),
    title: z.string().optional(),
    speaker: z.string().optional(),
    role: z.string().optional(),
    showLowerThird: z.boolean().optional(),
  }),
  defaults: { accentColor: '#2563eb', textColor: '#ffffff' },
  expand(data, { start, duration, meta }) {
    const clips: Clip[] = [
      fullCanvasVideo('speaker-video', data, start, duration),
    ];
    if (data.words !== undefined) {
      clips.push({ type: 'subtitle', id: 'captions', words: data.words, config: data.config, start, duration });
    }
    const textColor = data.textColor ?? '#ffffff';
    const fontFamily = data.fontFamily;
    if (data.title !== undefined) {
      const titleDuration = Math.min(3, duration);
      clips.push({
        type: 'text',
        id: 'title',
        text: data.title,
        start,
        duration: titleDuration,
        transform: { x: '50%', y: '8%', anchor: 'top', width: '90%' },
        style: { fill: textColor, fontFamily, fontSize: fontSizeFor(meta, 0.06), fontWeight: 800, shadowColor: 'rgba(0,0,0,0.5)', shadowBlur: 10 },
        transition: { type: 'fade', duration: Math.min(0.4, titleDuration / 4) },
      });
    }
    if (data.showLowerThird !== false && data.speaker !== undefined) {
      const lowerDuration = Math.min(5, duration);
      const transition = { type: 'slide' as const, direction: 'right' as const, duration: Math.min(0.5, lowerDuration / 4), easing: 'easeOutCubic' as const };
      clips.push(
        {
          type: 'rect',
          id: 'lower-third-bar',
          start,
          duration: lowerDuration,
          transform: { x: '5%', y: '80%', anchor: 'left', width: '40%', height: '13%' },
          style: { fill: 'rgba(0,0,0,0.6)', borderRadius: 8 },
          transition,
        },
        {
          type: 'rect',
          id: 'lower-third-accent',
          start,
          duration: lowerDuration,
          transform: { x: '5%', y: '80%', anchor: 'right', width: '0.6%', height: '13%' },
          style: { fill: data.accentColor ?? '#2563eb' },
          transition,
        },
        {
          type: 'text',
          id: 'lower-third-speaker',
          text: data.speaker,
          start,
          duration: lowerDuration,
          transform: { x: '6.5%', y: data.role ? '77.5%' : '80%', anchor: 'left' },
          style: { fill: textColor, fontFamily, fontSize: fontSizeFor(meta, 0.045), fontWeight: 700, textAlign: 'left' },
          transition,
        },
      );
      if (data.role !== undefined) {
        clips.push({
          type: 'text',
          id: 'lower-third-role',
          text: data.role,
          start,
          duration: lowerDuration,
          transform: { x: '6.5%', y: '83%', anchor: 'left' },
          style: { fill: textColor, fontFamily, fontSize: fontSizeFor(meta, 0.03), opacity: 0.85, textAlign: 'left' },
          transition,
        });
      }
    }
    return clips;
  },
});
