// Lua scripts for the Redis cart stores (TCP and Upstash REST run the same scripts), so
// every read-modify-write on a cart happens inside Redis in one atomic step.
//
// A cart is one hash: `q:<variantId>` quantity, `p:<variantId>` "amount:currency" seen by
// the shopper, `t:<variantId>` milliseconds when first added, and `owner` (a user id) on
// account carts. Guest carts get EXPIRE on every use; account carts are PERSISTed.

const touch = `
local function touch(key, ttl)
  if redis.call('HEXISTS', key, 'owner') == 1 then
    redis.call('PERSIST', key)
  else
    redis.call('EXPIRE', key, ttl)
  end
end
`;

/** KEYS: cart. ARGV: ttl. Returns HGETALL's flat field/value list. */
export const getScript = `${touch}
local fields = redis.call('HGETALL', KEYS[1])
if #fields > 0 then touch(KEYS[1], tonumber(ARGV[1])) end
return fields
`;

/**
 * KEYS: cart. ARGV: ttl, variantId, quantity, cap, price, nowMs.
 * Returns {new quantity, previous quantity, items in the cart}. The line grows to at most
 * `cap` and is never lowered here, so parallel adds can neither oversell nor lose each
 * other's quantities.
 */
export const addScript = `${touch}
local vid = ARGV[2]
local before = tonumber(redis.call('HGET', KEYS[1], 'q:' .. vid) or '0')
local after = math.min(before + tonumber(ARGV[3]), tonumber(ARGV[4]))
if after < before then after = before end
if after > 0 then
  redis.call('HSET', KEYS[1], 'q:' .. vid, after, 'p:' .. vid, ARGV[5])
  if before == 0 then redis.call('HSET', KEYS[1], 't:' .. vid, ARGV[6]) end
  touch(KEYS[1], tonumber(ARGV[1]))
end
local items = 0
local fields = redis.call('HGETALL', KEYS[1])
for i = 1, #fields, 2 do
  if string.sub(fields[i], 1, 2) == 'q:' then items = items + tonumber(fields[i + 1]) end
end
return {after, before, items}
`;

/** KEYS: cart. ARGV: ttl, variantId, quantity, price ("" keeps it). Returns 1, or 0 if no line. */
export const setQuantityScript = `${touch}
local vid = ARGV[2]
if redis.call('HEXISTS', KEYS[1], 'q:' .. vid) == 0 then return 0 end
local quantity = tonumber(ARGV[3])
if quantity <= 0 then
  redis.call('HDEL', KEYS[1], 'q:' .. vid, 'p:' .. vid, 't:' .. vid)
else
  redis.call('HSET', KEYS[1], 'q:' .. vid, quantity)
  if ARGV[4] ~= '' then redis.call('HSET', KEYS[1], 'p:' .. vid, ARGV[4]) end
end
if redis.call('EXISTS', KEYS[1]) == 1 then touch(KEYS[1], tonumber(ARGV[1])) end
return 1
`;

/** KEYS: cart. ARGV: ttl, variantId. Returns 1 if a line was removed. */
export const removeScript = `${touch}
local vid = ARGV[2]
local removed = redis.call('HDEL', KEYS[1], 'q:' .. vid, 'p:' .. vid, 't:' .. vid)
if redis.call('EXISTS', KEYS[1]) == 1 then touch(KEYS[1], tonumber(ARGV[1])) end
if removed > 0 then return 1 end
return 0
`;

/** KEYS: cart. Drops every line but keeps an account cart's owner. */
export const clearScript = `
local owner = redis.call('HGET', KEYS[1], 'owner')
redis.call('DEL', KEYS[1])
if owner then redis.call('HSET', KEYS[1], 'owner', owner) end
return 1
`;

/**
 * KEYS: from cart, to cart. ARGV: ttl, nowMs, then variantId/cap pairs.
 * Adds each source line to the target capped by its cap, then deletes the source.
 */
export const mergeScript = `${touch}
if KEYS[1] == KEYS[2] then return 0 end
local caps = {}
for i = 3, #ARGV, 2 do caps[ARGV[i]] = tonumber(ARGV[i + 1]) end
local flat = redis.call('HGETALL', KEYS[1])
local source = {}
for i = 1, #flat, 2 do source[flat[i]] = flat[i + 1] end
for field, value in pairs(source) do
  if string.sub(field, 1, 2) == 'q:' then
    local vid = string.sub(field, 3)
    local cap = caps[vid]
    if cap then
      local before = tonumber(redis.call('HGET', KEYS[2], field) or '0')
      local after = math.min(before + tonumber(value), cap)
      if after > before then
        redis.call('HSET', KEYS[2], field, after)
        if before == 0 then
          redis.call('HSET', KEYS[2], 'p:' .. vid, source['p:' .. vid] or '0:XXX', 't:' .. vid, source['t:' .. vid] or ARGV[2])
        end
      end
    end
  end
end
redis.call('DEL', KEYS[1])
if redis.call('EXISTS', KEYS[2]) == 1 then touch(KEYS[2], tonumber(ARGV[1])) end
return 1
`;

/** KEYS: user key. Returns the account's cart id or nil. */
export const getUserCartScript = `return redis.call('GET', KEYS[1])`;

/**
 * KEYS: user key, candidate cart. ARGV: user id, candidate cart id. SET-if-absent, then
 * marks the cart as owned (so it stops expiring). Returns the account's cart id.
 */
export const claimUserCartScript = `
local existing = redis.call('GET', KEYS[1])
if existing then return existing end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('HSET', KEYS[2], 'owner', ARGV[1])
redis.call('PERSIST', KEYS[2])
return ARGV[2]
`;
