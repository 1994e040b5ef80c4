-- wrk script: POST /v1/lint with drafts that vary in length, rules hit and characters (emoji, CRLF, accents).
-- Debian's wrk sends no Host header on requests built in Lua, and Kestrel answers those with 400: set it here.
-- The runner passes the target as the script's argument: wrk ... -s lint.lua URL -- HOST:PORT

local drafts = {
  "Thx for waiting!! ur refund is done 😀",
  "Hi Sam, thank you for your patience. Your refund of £42.50 was issued today and should reach your account within 3 to 5 working days.",
  "Kindly be advised that the aforementioned parcel ships TODAY. Pls confirm ur address asap.",
  "k",
  "I'm sorry to hear the router keeps dropping. Could you restart it and check whether the DSL light is steady? If it still drops, I'll book an engineer for you.",
  "Your order has shipped.\r\nIt should arrive on Thursday.\r\nIs there anything else I can help with?",
  "Pls reboot the ONT, then check the SLA on ticket 4471 and escalate to L2 if the MTTR is breached???",
  "Thanks for getting in touch, Zoë! Your new card is on its way — it normally takes five working days. 👍",
}

local requests = {}

function init(args)
  wrk.headers["Host"] = args[1] or "127.0.0.1"
  wrk.headers["Content-Type"] = "application/json"
  for i, draft in ipairs(drafts) do
    local text = draft:gsub("\\", "\\\\"):gsub('"', '\\"'):gsub("\r", "\\r"):gsub("\n", "\\n")
    requests[i] = wrk.format("POST", "/v1/lint", nil, '{"text":"' .. text .. '"}')
  end
end

local next = 0

function request()
  next = next % #requests + 1
  return requests[next]
end
