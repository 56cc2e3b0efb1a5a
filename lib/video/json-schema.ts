import { z } from 'zod';
import { videoConfigSchema } from './schema';

/**
 * The JSON Schema (draft 2020-12) of the v2 config, generated from the same zod schema the API
 * validates with (served at GET /api/v1/schema). It describes the shape only: cross-field rules
 * (asset `$ref`s exist, template data, word order) are checked by validateVideoConfig.
 */
export function videoConfigJsonSchema(): Record<string, unknown> {
  // io: 'input' describes what a client may send (optional fields stay optional).
  const schema = z.toJSONSchema(videoConfigSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://cutroom.dev/schema/video-config-v2.json',
    title: 'Cutroom video config (RenderingVideo v2)',
  };
}
