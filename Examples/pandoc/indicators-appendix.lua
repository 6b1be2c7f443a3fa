-- A pandoc Lua filter for Folio's documents: moves the indicator tables (the tables Folio
-- marks with the class "indicators") out of the running text into an appendix at the end.
--
--   folio page.txt --indicators -t pandoc-json \
--     | pandoc -f json --lua-filter Examples/pandoc/indicators-appendix.lua -o page.docx
--
-- The appendix heading is the document's `indicators-heading` metadata when set
-- (`-M indicators-heading=Figures`), else 数据附录.

function Pandoc(doc)
  local body, tables = pandoc.Blocks{}, pandoc.Blocks{}
  for _, block in ipairs(doc.blocks) do
    if block.t == "Table" and block.classes:includes("indicators") then
      tables:insert(block)
    else
      body:insert(block)
    end
  end
  if #tables > 0 then
    local heading = doc.meta["indicators-heading"]
    body:insert(pandoc.Header(2, heading and pandoc.utils.stringify(heading) or "数据附录"))
    body:extend(tables)
  end
  doc.blocks = body
  return doc
end
