import { probeMedia, type ProbeResult } from '../../media/probe';
import { mediaTools } from '../../media/tools';
import { getSettings } from '../../config';
import { db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { ApiError } from '../errors';
import { JOB_PRIORITY } from '../files/pick-next-job';
import { uploadFiles, type UploadBody } from '../files/upload-files';
import { getStorage } from '../get-storage';
import { randomBase62 } from '../ids';
import { assertPublicWebhookTarget } from '../webhooks/webhook-target';
import { assetOptionsFromForm, type AssetOptions } from './asset-options';
import type { AssetWithFile } from './asset-record';
import { getProfileOrThrow } from './get-profile-or-throw';
import { estimateProcessingMs, PlanError, planDerivatives, type AssetPlan, type AssetSource } from './plan-derivatives';

export const newAssetId = () => `ast_${randomBase62(16)}`;
export const newDerivativeId = () => `drv_${randomBase62(16)}`;

/** The probe's facts a plan needs. */
export function assetSourceOf(probe: Pick<ProbeResult, 'width' | 'height' | 'duration' | 'hasVideo' | 'hasAudio'>): AssetSource {
  return { width: probe.width, height: probe.height, durationSeconds: probe.duration ?? 0, hasVideo: probe.hasVideo, hasAudio: probe.hasAudio };
}

/**
 * Resolves the profile (or the overrides) for a source and plans the derivatives; INVALID_PROFILE when the
 * profile does not exist or cannot apply (video derivatives of a sound-only file).
 */
export async function planForOptions(userId: string, options: Pick<AssetOptions, 'profile' | 'derivatives'>, source: AssetSource): Promise<AssetPlan> {
  const { profile } = await getProfileOrThrow({ userId, slug: options.profile });
  const derivatives = options.derivatives ? options.derivatives.map((d) => ({ format: d.format, width: d.width, quality: d.quality })) : profile.derivatives;
  try {
    return planDerivatives(source, { derivatives, thumbnails: profile.thumbnails }, newDerivativeId);
  } catch (err) {
    if (err instanceof PlanError) throw new ApiError('INVALID_PROFILE', `Profile '${options.profile}' cannot be applied: ${err.message}`, { profile: options.profile });
    throw err;
  }
}

/**
 * POST /api/v1/assets: streams the one `file` into the same store as /api/v1/upload (it is a File, listed by
 * /api/v1/files), reads the form's options, probes the stored file (duration, size) and plans its derivatives
 * before anything is recorded, then records the File, its processing job (with the asset's priority) and the
 * Asset in one transaction. Any refusal removes the stored bytes.
 */
export async function createAsset(input: { userId: string; body: UploadBody | null; contentType: string | null }) {
  const state: { options?: AssetOptions; plan?: AssetPlan; probe?: ProbeResult; estimatedMs?: number; assetId?: string } = {};
  let priority: number = JOB_PRIORITY.normal;
  const hooks = {
    beforeRecord: async (fields: Record<string, string>, files: readonly { key: string; name: string; media: { category: string } }[]) => {
      const options = assetOptionsFromForm(fields);
      const [file] = files;
      if (!file) throw new ApiError('NO_FILES', 'No file provided. Send multipart/form-data with a "file" field.');
      if (file.media.category !== 'video' && file.media.category !== 'audio') {
        throw new ApiError('UNSUPPORTED_FILE_TYPE', `"${file.name}" is not a video or audio file: assets are video or audio.`, { file: file.name });
      }
      if (options.webhookUrl) await assertPublicWebhookTarget(options.webhookUrl);
      await getProfileOrThrow({ userId: input.userId, slug: options.profile }); // before the probe: the likelier mistake
      let probe: ProbeResult;
      try {
        probe = await getStorage().withLocalFile(file.key, (local) =>
          probeMedia(local, {
            tools: mediaTools({ ffmpeg: getSettings().ffmpegPath, ffprobe: getSettings().ffprobePath }),
            timeoutMs: 30_000,
          }),
        );
      } catch {
        throw new ApiError('INVALID_REQUEST', `"${file.name}" could not be read as video or audio.`, { field: 'file' });
      }
      const source = assetSourceOf(probe);
      state.plan = await planForOptions(input.userId, options, source);
      state.estimatedMs = estimateProcessingMs(source.durationSeconds, state.plan);
      state.options = options;
      state.probe = probe;
      priority = JOB_PRIORITY[options.priority];
    },
    inRecordTransaction: async (tx: Prisma.TransactionClient, files: readonly { id: string }[]) => {
      const [file] = files;
      const { options, plan, probe } = state;
      if (!file || !options || !plan || !probe) throw new Error('asset options were not read');
      // The probe's figures at once, for the 201 (the processing job records them again).
      await tx.file.update({
        where: { id: file.id },
        data: { duration: probe.duration, width: probe.width, height: probe.height, hasAudio: probe.hasAudio, videoCodec: probe.videoCodec, audioCodec: probe.audioCodec },
      });
      state.assetId = newAssetId();
      await tx.asset.create({
        data: {
          id: state.assetId,
          userId: input.userId,
          fileId: file.id,
          profile: options.profile,
          plan: JSON.stringify(plan),
          priority: options.priority,
          webhookUrl: options.webhookUrl,
          metadata: JSON.stringify(options.metadata),
        },
      });
    },
    get jobPriority() {
      return priority;
    },
  };
  await uploadFiles({ userId: input.userId, body: input.body, contentType: input.contentType, maxFiles: 1, hooks });
  const asset: AssetWithFile = await db.asset.findUniqueOrThrow({ where: { id: state.assetId! }, include: { file: true } });
  return { asset, estimatedMs: state.estimatedMs ?? 0 };
}
