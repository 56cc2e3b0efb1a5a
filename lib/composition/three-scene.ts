import * as THREE from 'three';
import { animationProgress, type ThreeAnimation, type ThreeClip, type ThreeObject } from '../video';

/**
 * Builds and poses the three.js scene of a `three` clip (docs/video-config.md §three). Framework-free:
 * three-content.tsx owns the WebGL canvas, the model loading and the per-frame render; this file
 * turns the config into objects and sets every animated value for a clip time `t` (seconds), so a
 * frame depends on `t` alone (no clock, no accumulated state).
 */

type Vec3Like = [number, number, number] | { x?: number; y?: number; z?: number };
const DEG = Math.PI / 180;

export function vec3(value: Vec3Like | undefined, fallback: readonly [number, number, number]): [number, number, number] {
  if (value === undefined) return [...fallback];
  if (Array.isArray(value)) return [value[0], value[1], value[2]];
  return [value.x ?? fallback[0], value.y ?? fallback[1], value.z ?? fallback[2]];
}

function geometryFor(object: ThreeObject): THREE.BufferGeometry {
  const g = object.geometry ?? {};
  const r = g.radius ?? 0.5;
  switch (object.shape) {
    case 'sphere':
      return new THREE.SphereGeometry(r, g.widthSegments ?? 48, g.heightSegments ?? 32);
    case 'plane':
      return new THREE.PlaneGeometry(g.width ?? 1, g.height ?? 1, g.widthSegments ?? 1, g.heightSegments ?? 1);
    case 'cylinder':
      return new THREE.CylinderGeometry(g.radiusTop ?? r, g.radiusBottom ?? r, g.height ?? 1, g.radialSegments ?? 48, g.heightSegments ?? 1);
    case 'cone':
      return new THREE.ConeGeometry(r, g.height ?? 1, g.radialSegments ?? 48, g.heightSegments ?? 1);
    case 'torus':
      return new THREE.TorusGeometry(r, g.tube ?? 0.2, g.radialSegments ?? 24, g.tubularSegments ?? 96);
    case 'icosahedron':
      return new THREE.IcosahedronGeometry(r, g.detail ?? 0);
    case 'dodecahedron':
      return new THREE.DodecahedronGeometry(r, g.detail ?? 0);
    case 'box':
    default:
      return new THREE.BoxGeometry(g.width ?? 1, g.height ?? 1, g.depth ?? 1, g.widthSegments ?? 1, g.heightSegments ?? 1, g.depthSegments ?? 1);
  }
}

function materialFor(object: ThreeObject): THREE.Material {
  const m = object.material ?? {};
  const side = m.side === 'back' ? THREE.BackSide : m.side === 'double' ? THREE.DoubleSide : THREE.FrontSide;
  const opacity = m.opacity ?? 1;
  const common = { side, wireframe: m.wireframe ?? false, transparent: m.transparent ?? opacity < 1, opacity };
  const color = new THREE.Color(m.color ?? object.color ?? '#ffffff');
  switch (m.type) {
    case 'normal':
      return new THREE.MeshNormalMaterial({ ...common, flatShading: m.flatShading ?? false });
    case 'basic':
      return new THREE.MeshBasicMaterial({ ...common, color });
    case 'phong':
      return new THREE.MeshPhongMaterial({ ...common, color, emissive: new THREE.Color(m.emissive ?? '#000000'), flatShading: m.flatShading ?? false });
    case 'lambert':
      return new THREE.MeshLambertMaterial({ ...common, color, emissive: new THREE.Color(m.emissive ?? '#000000') });
    case 'toon':
      return new THREE.MeshToonMaterial({ ...common, color, emissive: new THREE.Color(m.emissive ?? '#000000') });
    case 'standard':
    default:
      return new THREE.MeshStandardMaterial({
        ...common,
        color,
        emissive: new THREE.Color(m.emissive ?? '#000000'),
        roughness: m.roughness ?? 0.5,
        metalness: m.metalness ?? 0,
        flatShading: m.flatShading ?? false,
      });
  }
}

function lightFor(light: NonNullable<ThreeClip['lights']>[number], isShadowed: boolean): THREE.Light {
  const color = new THREE.Color(light.color ?? '#ffffff');
  const intensity = light.intensity ?? 1;
  let made: THREE.Light;
  switch (light.type) {
    case 'ambient':
      return new THREE.AmbientLight(color, intensity);
    case 'point':
      made = new THREE.PointLight(color, intensity, light.distance ?? 0, light.decay ?? 2);
      break;
    case 'spot': {
      const spot = new THREE.SpotLight(color, intensity, light.distance ?? 0, (light.angle ?? 30) * DEG, light.penumbra ?? 0, light.decay ?? 2);
      spot.target.position.set(...vec3(light.target, [0, 0, 0]));
      made = spot;
      break;
    }
    case 'directional':
    default: {
      const sun = new THREE.DirectionalLight(color, intensity);
      sun.target.position.set(...vec3(light.target, [0, 0, 0]));
      made = sun;
    }
  }
  made.position.set(...vec3(light.position, [3, 4, 5]));
  made.castShadow = isShadowed && (light.castShadow ?? true);
  return made;
}

/** One posed object: its node, what its config says at rest, and its materials (for colour/opacity animations). */
export interface SceneObject {
  config: ThreeObject;
  node: THREE.Object3D;
  materials: THREE.Material[];
}

export interface BuiltScene {
  scene: THREE.Scene;
  camera: THREE.PerspectiveCamera;
  objects: SceneObject[];
  dispose: () => void;
}

/** The scene of a clip; models are added later with `attachModel` (they load asynchronously). */
export function buildScene(clip: Pick<ThreeClip, 'camera' | 'lights' | 'objects' | 'renderer'>): BuiltScene {
  const scene = new THREE.Scene();
  const isShadowed = clip.renderer?.shadows === true;
  const lights = clip.lights ?? [{ type: 'ambient' as const, intensity: 0.6 }, { type: 'directional' as const, intensity: 1, position: [3, 4, 5] as [number, number, number] }];
  for (const light of lights) {
    const made = lightFor(light, isShadowed);
    scene.add(made);
    if ('target' in made && made.target instanceof THREE.Object3D) scene.add(made.target);
  }
  const camera = new THREE.PerspectiveCamera(clip.camera?.fov ?? 50, 16 / 9, clip.camera?.near ?? 0.1, clip.camera?.far ?? 1000);
  const objects: SceneObject[] = [];
  for (const config of clip.objects ?? []) {
    if (config.model !== undefined && config.shape === undefined) {
      const holder = new THREE.Group();
      scene.add(holder);
      objects.push({ config, node: holder, materials: [] });
      continue;
    }
    const material = materialFor(config);
    const mesh = new THREE.Mesh(geometryFor(config), material);
    mesh.castShadow = isShadowed && (config.castShadow ?? true);
    mesh.receiveShadow = isShadowed && (config.receiveShadow ?? true);
    scene.add(mesh);
    objects.push({ config, node: mesh, materials: [material] });
  }
  return {
    scene,
    camera,
    objects,
    dispose: () =>
      scene.traverse((node) => {
        if (node instanceof THREE.Mesh) {
          node.geometry.dispose();
          for (const m of [node.material].flat() as THREE.Material[]) m.dispose();
        }
      }),
  };
}

/** Puts a loaded model into its object's holder: centred (autoCenter, default on) and scaled to `autoScale` units. */
export function attachModel(target: SceneObject, model: THREE.Object3D, isShadowed: boolean): void {
  const { config } = target;
  const box = new THREE.Box3().setFromObject(model);
  const size = box.getSize(new THREE.Vector3());
  if (config.autoCenter !== false) model.position.sub(box.getCenter(new THREE.Vector3()));
  const wrapper = new THREE.Group();
  wrapper.add(model);
  const largest = Math.max(size.x, size.y, size.z);
  if (config.autoScale !== undefined && largest > 0) wrapper.scale.setScalar(config.autoScale / largest);
  model.traverse((node) => {
    if (node instanceof THREE.Mesh) {
      node.castShadow = isShadowed && (config.castShadow ?? true);
      node.receiveShadow = isShadowed && (config.receiveShadow ?? true);
      for (const m of [node.material].flat() as THREE.Material[]) target.materials.push(m);
    }
  });
  target.node.add(wrapper);
}

type Axis = 'x' | 'y' | 'z';
const axisOf = (property: string): Axis | undefined => {
  const last = property.split('.')[1];
  return last === 'x' || last === 'y' || last === 'z' ? last : undefined;
};
const lerp = (a: number, b: number, p: number) => a + (b - a) * p;

/** A vector property (position/rotation/scale, whole or one axis) from its rest value through its animations at `t`. */
function animatedVector(kind: 'position' | 'rotation' | 'scale', rest: [number, number, number], animations: readonly ThreeAnimation[], t: number): [number, number, number] {
  const value: [number, number, number] = [...rest];
  const index = { x: 0, y: 1, z: 2 } as const;
  for (const a of animations) {
    if (!a.property.startsWith(kind)) continue;
    const p = animationProgress(a, t);
    const axis = axisOf(a.property);
    if (axis !== undefined) {
      const i = index[axis];
      value[i] = lerp(typeof a.from === 'number' ? a.from : value[i], typeof a.to === 'number' ? a.to : value[i], p);
      continue;
    }
    const asVec = (v: unknown) => (typeof v === 'number' ? ([v, v, v] as [number, number, number]) : vec3(v as Vec3Like | undefined, value));
    const from = asVec(a.from);
    const to = asVec(a.to);
    for (let i = 0; i < 3; i++) value[i] = lerp(from[i]!, to[i]!, p);
  }
  return value;
}

function scaleRest(scale: ThreeObject['scale']): [number, number, number] {
  return typeof scale === 'number' ? [scale, scale, scale] : vec3(scale, [1, 1, 1]);
}

/** Sets every object's and the camera's pose for clip time `t`. */
export function poseScene(built: BuiltScene, clip: Pick<ThreeClip, 'camera' | 'cameraAnimations'>, t: number, aspect: number): void {
  for (const { config, node, materials } of built.objects) {
    const animations = config.animations ?? [];
    node.position.set(...animatedVector('position', vec3(config.position, [0, 0, 0]), animations, t));
    const [rx, ry, rz] = animatedVector('rotation', vec3(config.rotation, [0, 0, 0]), animations, t);
    node.rotation.set(rx * DEG, ry * DEG, rz * DEG);
    node.scale.set(...animatedVector('scale', scaleRest(config.scale), animations, t));
    for (const a of animations) {
      const p = animationProgress(a, t);
      if (a.property === 'material.color') {
        const from = new THREE.Color(typeof a.from === 'string' ? a.from : (config.material?.color ?? config.color ?? '#ffffff'));
        const to = new THREE.Color(typeof a.to === 'string' ? a.to : (config.material?.color ?? config.color ?? '#ffffff'));
        for (const m of materials) if ('color' in m && m.color instanceof THREE.Color) m.color.lerpColors(from, to, p);
      } else if (a.property === 'material.opacity') {
        const rest = config.material?.opacity ?? 1;
        const v = lerp(typeof a.from === 'number' ? a.from : rest, typeof a.to === 'number' ? a.to : rest, p);
        for (const m of materials) {
          m.transparent = true;
          m.opacity = v;
        }
      }
    }
  }
  const cam = clip.camera ?? {};
  const animations = clip.cameraAnimations ?? [];
  const camera = built.camera;
  camera.position.set(...animatedVector('position', vec3(cam.position, [0, 0, 5]), animations, t));
  let fov = cam.fov ?? 50;
  for (const a of animations) {
    if (a.property === 'fov') fov = lerp(typeof a.from === 'number' ? a.from : fov, typeof a.to === 'number' ? a.to : fov, animationProgress(a, t));
  }
  camera.fov = fov;
  camera.aspect = aspect;
  if (cam.lookAt !== undefined || cam.rotation === undefined) {
    camera.lookAt(...vec3(cam.lookAt, [0, 0, 0]));
  } else {
    const [rx, ry, rz] = animatedVector('rotation', vec3(cam.rotation, [0, 0, 0]), animations, t);
    camera.rotation.set(rx * DEG, ry * DEG, rz * DEG);
  }
  camera.updateProjectionMatrix();
}
