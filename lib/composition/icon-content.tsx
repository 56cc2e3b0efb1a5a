import { findIcon, type IconClip, type Style } from '../video';

/**
 * An `icon` clip: the bundled icon's SVG filling its box (aspect kept), drawn in `color`
 * (default style.fill, else white). The markup comes from the bundled icon set, never from the config.
 */
export function IconContent({ clip, style }: { clip: Pick<IconClip, 'icon' | 'color'>; style: Style }) {
  const icon = findIcon(clip.icon);
  if (icon === undefined) return null;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${icon.width} ${icon.height}`}
      width="100%"
      height="100%"
      style={{ display: 'block', color: clip.color ?? style.fill ?? '#ffffff', overflow: 'visible' }}
      dangerouslySetInnerHTML={{ __html: icon.body }}
    />
  );
}
