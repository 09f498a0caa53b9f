/**
 * Secret redaction. Credentials are held by the client and never put into anything that
 * can be printed; these helpers are the second line: whatever a server echoes back (an
 * error body quoting the token, a URL with a key in its query) is scrubbed before it
 * reaches an error object.
 */
export const REDACTED = '[redacted]'

const sensitiveName = /(key|token|secret|password|passwd|auth|signature|sig|session|cookie|credential)/i

/** Header and query names whose values are never shown. */
export const isSensitiveName = (name: string): boolean => sensitiveName.test(name)

/** Replace every occurrence of any secret in a string. Secrets shorter than 4 chars are ignored. */
export function redactString(text: string, secrets: ReadonlyArray<string>): string {
  let result = text
  for (const secret of secrets) {
    if (secret.length < 4) continue
    if (result.includes(secret)) result = result.split(secret).join(REDACTED)
    const encoded = encodeURIComponent(secret)
    if (encoded !== secret && result.includes(encoded)) result = result.split(encoded).join(REDACTED)
  }
  return result
}

/** Deep copy of a parsed body with secrets replaced in every string. */
export function redactValue(value: unknown, secrets: ReadonlyArray<string>, depth = 0): unknown {
  if (secrets.length === 0) return value
  if (typeof value === 'string') return redactString(value, secrets)
  if (depth > 32 || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1))
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value))
    copy[redactString(key, secrets)] = redactValue(item, secrets, depth + 1)
  return copy
}

/** A URL safe to print: no user-info, sensitive query values replaced, secrets scrubbed. */
export function redactUrl(url: string, secrets: ReadonlyArray<string> = []): string {
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    for (const name of [...parsed.searchParams.keys()]) {
      if (isSensitiveName(name)) parsed.searchParams.set(name, REDACTED)
    }
    return redactString(parsed.toString().replaceAll('%5Bredacted%5D', REDACTED), secrets)
  } catch {
    return redactString(url, secrets)
  }
}

/** Response headers as a plain object, with sensitive ones (cookies, tokens) hidden. */
export function redactHeaders(
  headers: Headers | undefined,
  secrets: ReadonlyArray<string> = [],
): Record<string, string> {
  const result: Record<string, string> = {}
  if (!headers) return result
  headers.forEach((value, name) => {
    result[name] = isSensitiveName(name) && !name.startsWith('x-ratelimit') ? REDACTED : redactString(value, secrets)
  })
  return result
}
