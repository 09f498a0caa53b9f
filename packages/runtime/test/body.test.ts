// Bodies by media type: JSON, form fields, multipart parts, binary and text as they are.
import { describe, expect, it } from 'vitest'
import { encodeBody } from '../src/body.js'
import {
  bodySerializerForContentType,
  formDataBodySerializer,
  RequestValidationError,
  urlSearchParamsBodySerializer,
} from '../src/index.js'
import { jsonBodySerializer } from '../src/body.js'
import { testCall } from './support.js'

const call = testCall('POST', '/x', { operationId: 'op' })

describe('encodeBody', () => {
  it('sends plain data as JSON and sets the content type', () => {
    const headers: Record<string, string> = {}
    expect(encodeBody({ a: 1 }, headers, undefined, undefined, call)).toBe('{"a":1}')
    expect(headers['content-type']).toBe('application/json')
  })

  it('under a media range the spec declared (`*/*`, `application/*`), sends the type of the body, not the range', () => {
    const data: Record<string, string> = { 'content-type': '*/*' }
    expect(encodeBody({ a: 1 }, data, undefined, undefined, call)).toBe('{"a":1}')
    expect(data['content-type']).toBe('application/json')
    const ranged: Record<string, string> = { 'content-type': 'application/*' }
    expect(encodeBody([1], ranged, undefined, undefined, call)).toBe('[1]')
    expect(ranged['content-type']).toBe('application/json')
    const text: Record<string, string> = { 'content-type': '*/*' }
    expect(encodeBody('hello', text, undefined, undefined, call)).toBe('hello')
    expect(text['content-type']).toBe('text/plain;charset=utf-8')
    // Bytes under a range: no type of the caller's to name; the transport sends them as bytes.
    const bytes = new Uint8Array([1])
    const binary: Record<string, string> = { 'content-type': '*/*' }
    expect(encodeBody(bytes, binary, undefined, undefined, call)).toBe(bytes)
    expect(binary).toEqual({})
    // A concrete type is kept as declared.
    const concrete: Record<string, string> = { 'content-type': 'application/vnd.acme+json' }
    encodeBody({ a: 1 }, concrete, undefined, undefined, call)
    expect(concrete['content-type']).toBe('application/vnd.acme+json')
  })

  it('refuses plain data under a form or multipart type without its serializer, instead of sending JSON', () => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data']) {
      expect(() => encodeBody({ a: 1 }, { 'content-type': type }, undefined, undefined, call)).toThrow(
        RequestValidationError,
      )
    }
    expect(() => encodeBody({ a: 1 }, { 'content-type': 'multipart/form-data' }, undefined, undefined, call)).toThrow(
      /needs its bodySerializer \(formDataBodySerializer\); nothing was sent/,
    )
  })

  it('a caller-picked media type brings its serializer (what SDK functions spread), JSON and raw types none', () => {
    expect(bodySerializerForContentType(undefined)).toEqual({})
    expect(bodySerializerForContentType({})).toEqual({})
    expect(bodySerializerForContentType({ contentType: 'application/json' })).toEqual({ bodySerializer: null })
    expect(bodySerializerForContentType({ contentType: 'multipart/form-data' })).toEqual(formDataBodySerializer)
    expect(bodySerializerForContentType({ contentType: 'application/x-www-form-urlencoded; charset=utf-8' })).toEqual(
      urlSearchParamsBodySerializer,
    )
  })

  it('sends binary and text bodies unchanged, and removes the content type of an absent body', () => {
    const bytes = new Uint8Array([1, 2, 3])
    expect(encodeBody(bytes, { 'content-type': 'application/octet-stream' }, undefined, undefined, call)).toBe(bytes)
    const blob = new Blob(['x'])
    expect(encodeBody(blob, {}, undefined, undefined, call)).toBe(blob)
    expect(encodeBody('plain', { 'content-type': 'text/plain' }, undefined, undefined, call)).toBe('plain')
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    expect(encodeBody(undefined, headers, undefined, undefined, call)).toBeNull()
    expect(headers).toEqual({})
  })

  it('form fields: arrays repeated (or joined with explode: false), objects as JSON, nulls left out', () => {
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' }
    const body = encodeBody(
      { to: ['a', 'b'], tags: ['x', 'y'], meta: { k: 1 }, skip: null, n: 2 },
      headers,
      urlSearchParamsBodySerializer.bodySerializer,
      { tags: { explode: false } },
      call,
    )
    expect(body).toBe('to=a&to=b&tags=x%2Cy&meta=%7B%22k%22%3A1%7D&n=2')
    expect(headers['content-type']).toBe('application/x-www-form-urlencoded')
  })

  it('form fields by OpenAPI style: space and pipe delimited arrays, deepObject objects, allowReserved characters kept', () => {
    const body = urlSearchParamsBodySerializer.bodySerializer(
      {
        spaced: ['a', 'b'],
        piped: ['c', 'd'],
        filter: { kind: 'x y', max: 3 },
        next: 'https://h/p?q=1',
        plain: 'https://h/p',
      },
      {
        spaced: { style: 'spaceDelimited', explode: false },
        piped: { style: 'pipeDelimited', explode: false },
        filter: { style: 'deepObject', explode: true },
        next: { allowReserved: true },
      },
    )
    expect(body).toBe(
      'spaced=a+b&piped=c%7Cd&filter%5Bkind%5D=x+y&filter%5Bmax%5D=3&next=https://h/p?q%3D1&plain=https%3A%2F%2Fh%2Fp',
    )
  })

  it('multipart parts: files, bytes, strings and objects, each with its encoding content type; fetch sets the boundary', async () => {
    const headers: Record<string, string> = { 'content-type': 'multipart/form-data' }
    const body = encodeBody(
      {
        file: new Blob(['png'], { type: 'image/png' }),
        raw: new Uint8Array([7]),
        caption: 'hi',
        meta: { a: 1 },
        csv: 'a,b',
      },
      headers,
      formDataBodySerializer.bodySerializer,
      { csv: { contentType: 'text/csv' } },
      call,
    ) as FormData
    expect(headers['content-type']).toBeUndefined()
    expect((body.get('file') as Blob).type).toBe('image/png')
    expect((body.get('raw') as Blob).type).toBe('application/octet-stream')
    expect(body.get('caption')).toBe('hi')
    expect((body.get('meta') as Blob).type).toBe('application/json')
    expect(await (body.get('meta') as Blob).text()).toBe('{"a":1}')
    expect((body.get('csv') as Blob).type).toBe('text/csv')
    // What goes on the wire, encoded by the platform.
    const wire = await new Response(body).text()
    expect(wire).toContain('Content-Type: text/csv')
  })

  it('refuses a body JSON cannot hold', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(() => encodeBody(cyclic, {}, undefined, undefined, call)).toThrow(RequestValidationError)
    expect(() => jsonBodySerializer.bodySerializer({ n: 1n })).toThrow(RequestValidationError)
  })
})
