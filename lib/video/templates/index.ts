import type { TemplateName } from '../capabilities';
import { countdownTemplate } from './countdown';
import type { TemplateDefinition } from './define-template';
import { listTemplate } from './list';
import { productIntroTemplate } from './product-intro';
import { quoteTemplate } from './quote';
import { slideshowTemplate } from './slideshow';
import { subtitleVideoTemplate } from './subtitle-video';
import { talkingHeadTemplate } from './talking-head';
import { textRevealTemplate } from './text-reveal';

export type { TemplateContext, TemplateDefinition } from './define-template';

/** Every template Cutroom can expand, by name (the names are `templateNames` in capabilities.ts). */
export const templates: Record<TemplateName, TemplateDefinition> = {
  slideshow: slideshowTemplate,
  'subtitle-video': subtitleVideoTemplate,
  'product-intro': productIntroTemplate,
  quote: quoteTemplate,
  countdown: countdownTemplate,
  list: listTemplate,
  'talking-head': talkingHeadTemplate,
  'text-reveal': textRevealTemplate,
};
