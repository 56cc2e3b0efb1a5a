// The bundle entry point for @remotion/bundler (bundled once at build time by the render worker).
import { registerRoot } from 'remotion';
import { Root } from './root';

registerRoot(Root);
