import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { cancelRender, continueRender, delayRender, getRemotionEnvironment, useCurrentFrame, useVideoConfig } from 'remotion';
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import type { ThreeClip } from '../video';
import { attachModel, buildScene, poseScene } from './three-scene';

export type ThreeLike = Pick<ThreeClip, 'camera' | 'cameraAnimations' | 'lights' | 'objects' | 'renderer'>;

/**
 * A `three` clip: a WebGL canvas filling the clip's box, redrawn synchronously for every frame from
 * `useCurrentFrame()` (poseScene: pure in the clip time), so the Player and the renderer draw the same
 * picture. GLTF/GLB models hold the frame (`delayRender`) until they are loaded. The canvas keeps its
 * drawing buffer so the renderer's screenshot sees it. Needs WebGL: the renderer runs Chromium with
 * `gl: 'angle'` (lib/render/chromium-options.ts).
 */
export default function ThreeView({ clip }: { clip: ThreeLike }) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [renderer, setRenderer] = useState<THREE.WebGLRenderer | null>(null);
  const [modelsReady, setModelsReady] = useState(0);
  // The scene is rebuilt only when what it is made of changes (animations are applied per frame).
  const key = JSON.stringify({ lights: clip.lights, objects: clip.objects, renderer: clip.renderer, camera: clip.camera });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the clip's scene fields
  const built = useMemo(() => buildScene(clip), [key]);
  useEffect(() => () => built.dispose(), [built]);

  const options = clip.renderer ?? {};
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    const made = new THREE.WebGLRenderer({ canvas, alpha: options.alpha ?? true, antialias: options.antialias ?? true, preserveDrawingBuffer: true });
    made.shadowMap.enabled = options.shadows === true;
    made.setPixelRatio(window.devicePixelRatio || 1);
    setRenderer(made);
    return () => made.dispose();
  }, [options.alpha, options.antialias, options.shadows]);

  // Models: one delayRender for all of them; a model that fails to load fails the render.
  useEffect(() => {
    const pending = built.objects.filter((o) => typeof o.config.model === 'string');
    if (pending.length === 0) return;
    const handle = delayRender(`Loading ${pending.length} 3D model(s)`);
    const loader = new GLTFLoader();
    let isCancelled = false;
    Promise.all(
      pending.map(async (target) => {
        const gltf = await loader.loadAsync(target.config.model as string);
        if (!isCancelled) attachModel(target, gltf.scene, options.shadows === true);
      }),
    )
      .then(() => {
        if (isCancelled) return;
        setModelsReady((n) => n + 1);
        continueRender(handle);
      })
      .catch((error: unknown) => {
        const message = `A three clip's model could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
        if (getRemotionEnvironment().isRendering) cancelRender(new Error(message));
        else {
          console.warn(message);
          continueRender(handle);
        }
      });
    return () => {
      isCancelled = true;
    };
  }, [built, options.shadows]);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (renderer === null || canvas === null) return;
    const box = canvas.parentElement ?? canvas;
    const width = Math.max(1, box.clientWidth);
    const height = Math.max(1, box.clientHeight);
    const size = renderer.getSize(new THREE.Vector2());
    if (size.x !== width || size.y !== height) renderer.setSize(width, height, false);
    const clear = options.clearColor;
    renderer.setClearColor(new THREE.Color(clear ?? '#000000'), options.clearAlpha ?? (clear === undefined ? 0 : 1));
    poseScene(built, clip, frame / fps, width / height);
    renderer.render(built.scene, built.camera);
  });
  void modelsReady; // a re-render after models load redraws the frame

  return <canvas ref={canvasRef} style={{ display: 'block', width: '100%', height: '100%' }} />;
}
