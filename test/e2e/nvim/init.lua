-- Headless Neovim (0.7+) as a plain LSP client of the Crosscheck server: attach to the opened report, wait for the
-- contradiction diagnostic, ask for a hover on a figure, write what it saw as JSON, and quit.
-- Inputs come from the environment: CROSSCHECK_SERVER (the server's .js), CROSSCHECK_ROOT (the reports folder),
-- CROSSCHECK_RESULT (where to write the JSON), CROSSCHECK_HOVER_AT (text whose first character to hover),
-- CROSSCHECK_EXPECT_RELATED (part of the other report's name), CROSSCHECK_TIMEOUT_MS.
local server = os.getenv('CROSSCHECK_SERVER')
local root = os.getenv('CROSSCHECK_ROOT')
local result_file = os.getenv('CROSSCHECK_RESULT')
local hover_at = os.getenv('CROSSCHECK_HOVER_AT') or '42 armed clashes'
local expect_related = os.getenv('CROSSCHECK_EXPECT_RELATED') or ''
local timeout = tonumber(os.getenv('CROSSCHECK_TIMEOUT_MS') or '45000')
-- Once diagnostics are in (or not), the hover should answer quickly.
local hover_timeout = math.min(timeout, 20000)

local result = { checks = {} }

local function write_result()
  local f = io.open(result_file, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
end

-- Written after every check, so that a hang later on still leaves what was seen.
local function record(name, ok, detail)
  table.insert(result.checks, { name = name, ok = ok, detail = detail or '' })
  pcall(write_result)
end

local function crosscheck_diagnostics(bufnr)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == 'crosscheck' then table.insert(out, d) end
  end
  return out
end

-- Position (0-based line, UTF-16 character) of the first occurrence of `needle` in the buffer.
local function find_position(bufnr, needle)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local s = string.find(line, needle, 1, true)
    if s then
      local _, utf16 = vim.str_utfindex(line, s - 1)
      return { line = i - 1, character = utf16 }
    end
  end
  return nil
end

local function hover_text(res)
  if not res or not res.contents then return '' end
  local c = res.contents
  if type(c) == 'string' then return c end
  if c.value then return c.value end
  local parts = {}
  for _, item in ipairs(c) do
    table.insert(parts, type(item) == 'string' and item or item.value or '')
  end
  return table.concat(parts, '\n')
end

local function main()
  local bufnr = vim.api.nvim_get_current_buf()
  local started = false
  local client_id = vim.lsp.start_client({
    name = 'crosscheck',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'reports' } },
    on_init = function() started = true end,
  })
  record('server starts', client_id ~= nil, 'client id ' .. tostring(client_id))
  if not client_id then return end
  vim.lsp.buf_attach_client(bufnr, client_id)
  record('server initializes', vim.wait(timeout, function() return started end, 50), '')
  if not started then return end

  local pos = find_position(bufnr, hover_at)
  if not pos then
    record('the figure is in the report', false, 'text not found: ' .. hover_at)
    return
  end
  local have = vim.wait(timeout, function() return #crosscheck_diagnostics(bufnr) > 0 end, 100)
  local diags = crosscheck_diagnostics(bufnr)
  local messages = {}
  local on_figure = nil
  for _, d in ipairs(diags) do
    table.insert(messages, string.format('%d:%d %s', d.lnum + 1, d.col + 1, d.message))
    -- Ranges in vim.diagnostic are 0-based byte columns; the figure's start must fall inside.
    local line = vim.api.nvim_buf_get_lines(bufnr, pos.line, pos.line + 1, false)[1] or ''
    local byte = string.find(line, hover_at, 1, true) - 1
    local after_start = d.lnum < pos.line or (d.lnum == pos.line and d.col <= byte)
    local before_end = d.end_lnum > pos.line or (d.end_lnum == pos.line and d.end_col > byte)
    if after_start and before_end and not on_figure then on_figure = d end
  end
  record('crosscheck diagnostics arrive', have, table.concat(messages, ' | '))
  local related = on_figure and on_figure.user_data and on_figure.user_data.lsp
    and on_figure.user_data.lsp.relatedInformation or {}
  local other = ''
  for _, r in ipairs(related) do
    local uri = r.location and r.location.uri or ''
    if other == '' or string.find(uri, expect_related, 1, true) then other = uri end
  end
  record('a diagnostic covers the figure and points at the other report',
    on_figure ~= nil and other ~= '' and string.find(other, expect_related, 1, true) ~= nil,
    on_figure and (on_figure.message .. ' (related: ' .. #related .. ' ' .. other .. ')') or 'no diagnostic covers the figure')

  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = pos }
  local text = ''
  -- The first check may still be running: ask again until the hover has content or time runs out.
  local deadline = vim.loop.now() + hover_timeout
  vim.wait(hover_timeout, function()
    vim.loop.update_time()
    local left = deadline - vim.loop.now()
    if left <= 0 then return true end
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, left) or {}
    for _, r in pairs(responses) do
      local t = hover_text(r.result)
      if t ~= '' then text = t end
    end
    return text ~= ''
  end, 300)
  record('hover on the figure', text ~= '' and string.find(text, hover_at:match('^%d+') or '', 1, true) ~= nil, text)
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    local ok, err = pcall(main)
    if not ok then record('lua error', false, tostring(err)) end
    pcall(write_result)
    for _, c in pairs(vim.lsp.get_active_clients()) do c.stop(true) end
    vim.cmd('qall!')
  end,
})
