import { describe, expect, it } from 'vitest';
import { isAllowedMethod, isValidHost, rawRefusal, refusalForClientError, requestLineOf } from './request-guards';

describe('request guards', () => {
  it.each([['GET', true], ['OPTIONS', true], ['TRACE', false], ['TRACK', false], ['CONNECT', false], ['PROPFIND', false], [undefined, false]])(
    'method %s allowed: %s',
    (method, allowed) => expect(isAllowedMethod(method)).toBe(allowed),
  );

  it('reads the method and path of a request line Node refused', () => {
    expect(requestLineOf(Buffer.from('TRACK /api/v1/video?x=1 HTTP/1.1\r\nHost: x\r\n'))).toEqual({ method: 'TRACK', pathname: '/api/v1/video' });
    expect(requestLineOf(Buffer.from('\x00\x01garbage'))).toEqual({});
    expect(requestLineOf(undefined)).toEqual({});
  });

  it('answers a parser refusal as Node would, but unknown methods with 405 in the error shape', () => {
    expect(refusalForClientError('HPE_INVALID_METHOD')).toBe('method');
    expect(refusalForClientError('ERR_HTTP_REQUEST_TIMEOUT')).toBe('timeout');
    expect(refusalForClientError('HPE_HEADER_OVERFLOW')).toBe('headers-too-large');
    expect(refusalForClientError('HPE_INVALID_CONSTANT')).toBe('bad-request');
    const api = rawRefusal('method', { method: 'TRACK', pathname: '/api/v1/video' });
    expect(api).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
    const [head, body] = api.split('\r\n\r\n') as [string, string];
    expect(JSON.parse(body)).toEqual({ success: false, error: 'TRACK is not supported.', code: 'METHOD_NOT_ALLOWED' });
    expect(head).toContain(`content-length: ${Buffer.byteLength(body)}`);
    expect(rawRefusal('method', { method: 'TRACK', pathname: '/' })).toMatch(/content-type: text\/plain[^]*\r\n\r\nTRACK is not supported\.$/);
  });

  it.each([
    ['localhost:3000', true], ['Cutroom.Example', true], ['[::1]:3000', true], ['127.0.0.1', true], ['example.com:80', true], [undefined, true],
    ['localhost:99999', false], ['%', false], ['a b', false], ['[', false], ['x@evil.example', false], ['a/b', false],
  ])('Host %s valid: %s', (host, valid) => expect(isValidHost(host)).toBe(valid));
});
