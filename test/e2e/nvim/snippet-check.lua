-- Runs after the 0.7 snippet of docs/neovim.md (loaded as the init file, only its server path replaced), with the
-- report opened from the command line: waits for the snippet's client to attach and the contradiction to arrive, and checks what a reader sees:
-- the line's virtual text is the warning (the most severe finding), K is the LSP hover, and the hover has no raw
-- file:// links. Writes the checks as JSON to CROSSCHECK_RESULT and quits.
local result_file = os.getenv('CROSSCHECK_RESULT')
local hover_at = os.getenv('CROSSCHECK_HOVER_AT') or '42 armed clashes'
local timeout = tonumber(os.getenv('CROSSCHECK_TIMEOUT_MS') or '45000')
local result = { checks = {} }

local function record(name, ok, detail)
  table.insert(result.checks, { name = name, ok = ok, detail = detail or '' })
  local f = io.open(result_file, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
end

local function line_of(bufnr, needle)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local s = string.find(line, needle, 1, true)
    if s then return i - 1, s - 1 end
  end
end

-- The virtual text Neovim draws at the end of a line, from every diagnostic namespace.
local function virtual_text(bufnr, line)
  local out = {}
  for _, ns in pairs(vim.diagnostic.get_namespaces()) do
    local vt = ns.user_data and ns.user_data.virt_text_ns
    if vt then
      for _, m in ipairs(vim.api.nvim_buf_get_extmarks(bufnr, vt, { line, 0 }, { line, -1 }, { details = true })) do
        for _, chunk in ipairs(m[4].virt_text or {}) do table.insert(out, chunk[1]) end
      end
    end
  end
  return table.concat(out, '')
end

local function main()
  local bufnr = vim.api.nvim_get_current_buf()
  local attached = vim.wait(timeout, function() return #vim.lsp.buf_get_clients(bufnr) > 0 end, 50)
  record('the snippet starts the server and attaches it to the report', attached, vim.bo[bufnr].filetype)
  if not attached then return end
  local line, col = line_of(bufnr, hover_at)
  local function on_line()
    local out = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr, { lnum = line })) do
      if d.source == 'crosscheck' then table.insert(out, d) end
    end
    return out
  end
  local warned = vim.wait(timeout, function()
    for _, d in ipairs(on_line()) do if d.severity == vim.diagnostic.severity.WARN then return true end end
    return false
  end, 100)
  local messages = {}
  for _, d in ipairs(on_line()) do table.insert(messages, d.severity .. ': ' .. d.message) end
  record('the contradiction warning arrives on the line', warned, table.concat(messages, ' | '))
  if not warned then return end
  local warning
  for _, d in ipairs(on_line()) do if d.severity == vim.diagnostic.severity.WARN then warning = d.message end end
  vim.wait(500)
  local vt = virtual_text(bufnr, line)
  record('the line shows the warning, the most severe finding', string.find(vt, warning, 1, true) ~= nil, vt)

  local k = vim.fn.maparg('K', 'n', false, true)
  record('K is mapped to the LSP hover in the report', k.buffer == 1 and (k.callback ~= nil or string.find(k.rhs or '', 'hover') ~= nil), vim.inspect(k))

  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = line, character = col } }
  local text = ''
  vim.wait(20000, function()
    for _, r in pairs(vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 5000) or {}) do
      if r.result and r.result.contents then text = r.result.contents.value or '' end
    end
    return text ~= ''
  end, 300)
  record('the hover answers with no raw file:// links', text ~= '' and string.find(text, '](file:', 1, true) == nil, text)
end

local ok, err = pcall(main)
if not ok then record('lua error', false, tostring(err)) end
for _, c in pairs(vim.lsp.get_active_clients()) do c.stop(true) end
vim.cmd('qall!')
