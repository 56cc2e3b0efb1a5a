// The render path's fetch bounds live beside outboundFetch, so the preview pages fetch under the same policy.
export { fetchRemoteJson, renderFetchOptions } from '../server/net/fetch-remote-json';
