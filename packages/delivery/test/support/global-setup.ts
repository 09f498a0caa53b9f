// Installs redis-server once before any test file starts one (apt-get where missing).
import { ensureRedisServer } from './redis-server.js'

export default function setup(): void {
  console.log(`delivery tests: ${ensureRedisServer()}`)
}
