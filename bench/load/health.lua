-- wrk script: GET /health/live, the baseline the lint figures are compared with.
-- Debian's wrk sends no Host header on requests built in Lua: set it (the runner passes HOST:PORT).

local built

function init(args)
  wrk.headers["Host"] = args[1] or "127.0.0.1"
  built = wrk.format("GET", "/health/live")
end

function request()
  return built
end
