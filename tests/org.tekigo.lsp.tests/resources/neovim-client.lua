-- Neovim (0.7+) as the language server's client, headless: starts `tekigo lsp`, opens the
-- sample disclosure, waits for its diagnostics, applies the quick fix "Add a remediation plan"
-- to the first one, saves, waits for the diagnostics to follow, stops the server and writes
-- what it saw to $TEKIGO_NVIM_OUT. Run by NeovimClientTest; it never touches the user's config.
local out = os.getenv('TEKIGO_NVIM_OUT')
local report = {}
local function say(line) table.insert(report, line) end

-- The protocol's column (UTF-16 code units) of a diagnostic, not Neovim's byte column:
-- ① is three bytes but one unit.
local function utf16_column(d)
  local line = vim.api.nvim_buf_get_lines(0, d.lnum, d.lnum + 1, false)[1] or ''
  local _, units = vim.str_utfindex(line, d.col)
  return units
end

local function run()
  local root = os.getenv('TEKIGO_ROOT')
  local cmd = vim.fn.json_decode(os.getenv('TEKIGO_LSP_CMD'))
  local id = vim.lsp.start_client({
    name = 'tekigo', cmd = cmd, root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'sample' } },
  })
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('TEKIGO_FILE')))
  vim.bo.filetype = 'tekigo'
  vim.lsp.buf_attach_client(0, id)

  if not vim.wait(180000, function() return #vim.diagnostic.get(0) > 0 end, 100) then
    say('no diagnostics'); return
  end
  vim.wait(2000) -- let the server publish its last list before it is read
  local diagnostics = vim.diagnostic.get(0)
  table.sort(diagnostics, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  for _, d in ipairs(diagnostics) do
    local code = d.user_data and d.user_data.lsp and d.user_data.lsp.code
    say(string.format('diagnostic %d:%d: %s [%s]', d.lnum + 1, utf16_column(d) + 1, d.message, tostring(code)))
  end

  -- The first diagnostic, as the protocol has it, for the code action request.
  local first = vim.lsp.diagnostic.get_line_diagnostics(0, diagnostics[1].lnum)[1]
  local params = vim.lsp.util.make_range_params()
  params.range = first.range
  params.context = { diagnostics = { first } }
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 60000) or {}
  local applied = false
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      say('action ' .. action.title)
      if action.title == 'Add a remediation plan' and not applied then
        vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
        applied = true
      end
    end
  end
  say('applied ' .. tostring(applied))
  vim.cmd('write')
  local before = #diagnostics
  if vim.wait(60000, function() return #vim.diagnostic.get(0) == before - 1 end, 100) then
    say('after fix ' .. #vim.diagnostic.get(0) .. ' diagnostics')
  else
    say('after fix still ' .. #vim.diagnostic.get(0) .. ' diagnostics')
  end

  local client = vim.lsp.get_client_by_id(id)
  client.stop()
  say('stopped ' .. tostring(vim.wait(30000, function() return client.is_stopped() end, 100)))
end

local ok, failure = pcall(run)
if not ok then say('lua error: ' .. tostring(failure)) end
vim.fn.writefile(report, out)
vim.cmd(ok and 'qa!' or 'cquit! 1')
