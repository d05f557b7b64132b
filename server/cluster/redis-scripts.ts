/**
 * The Lua scripts that make each write one atomic step in Redis: a write of the playing node
 * only while it holds the lease; a batch whose events are numbered and de-duplicated by id.
 */
export const SCRIPTS = {
  /** KEYS: lease, log. ARGV: token, body. */
  appendOutput: {
    numberOfKeys: 2,
    lua: `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then
  return redis.error_reply('NOTLEADER the lease is held by another node')
end
return redis.call('XADD', KEYS[2], '*', 'k', 'o', 'b', ARGV[2])`,
  },
  /**
   * KEYS: log, ids, counter. ARGV: wall, n, then n event ids, then n event bodies (JSON).
   * Returns the record's id ("" where every event was stored already), then each event's seq,
   * negative for one already stored (its earlier seq).
   */
  appendLive: {
    numberOfKeys: 3,
    lua: `
local n = tonumber(ARGV[2])
local seqs = {}
local fresh = {}
local numbers = {}
for i = 1, n do
  local id = ARGV[2 + i]
  local known = redis.call('HGET', KEYS[2], id)
  if known then
    seqs[i] = -tonumber(known)
  else
    local seq = redis.call('INCR', KEYS[3])
    redis.call('HSET', KEYS[2], id, seq)
    seqs[i] = seq
    fresh[#fresh + 1] = ARGV[2 + n + i]
    numbers[#numbers + 1] = seq
  end
end
local id = ''
if #fresh > 0 then
  local body = '{"wall":' .. ARGV[1] .. ',"seqs":[' .. table.concat(numbers, ',') .. '],"events":[' .. table.concat(fresh, ',') .. ']}'
  id = redis.call('XADD', KEYS[1], '*', 'k', 'l', 'b', body)
end
table.insert(seqs, 1, id)
return seqs`,
  },
  /** KEYS: lease, term, log. ARGV: node, ttl ms. Returns [token, term] or nil. */
  acquire: {
    numberOfKeys: 3,
    lua: `
if redis.call('EXISTS', KEYS[1]) == 1 then return nil end
local term = redis.call('INCR', KEYS[2])
local token = ARGV[1] .. '/' .. term
redis.call('SET', KEYS[1], token, 'PX', ARGV[2])
redis.call('XADD', KEYS[3], '*', 'k', 't', 'b', cjson.encode({ term = term, node = ARGV[1] }))
return { token, term }`,
  },
  /** KEYS: lease. ARGV: token, ttl ms. */
  renew: {
    numberOfKeys: 1,
    lua: `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0`,
  },
  /** KEYS: lease. ARGV: token. */
  release: {
    numberOfKeys: 1,
    lua: `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`,
  },
} as const;
