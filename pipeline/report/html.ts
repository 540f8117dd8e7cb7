// HTML building blocks of the review report: escaping (every text is untrusted input),
// the page shell with inline CSS and the small inline filter/search script. No network:
// no CDN, no fonts fetched, no external files.

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export function esc(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/[&<>"']/g, (ch) => ESC[ch]!);
}

/** Anchor id of a grid slot / row / table (1-based numbers, as in diagnostics' locations). */
export function anchorId(table: number | null | undefined, row?: number | null, column?: number | null): string | null {
  if (!table) return null;
  let id = `t${table}`;
  if (row) {
    id += `-r${row}`;
    if (column) id += `-c${column}`;
  }
  return id;
}

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:#1d2430;background:#f6f7f9}
header.top{background:#1f3a5f;color:#fff;padding:10px 20px}
header.top a{color:#cfe2ff}
main{padding:12px 20px}
h1{font-size:20px;margin:4px 0}
h2{font-size:17px;margin:22px 0 8px;border-bottom:1px solid #d5dae1}
h3{font-size:15px;margin:14px 0 6px}
table{border-collapse:collapse;background:#fff}
th,td{border:1px solid #c9d0d9;padding:3px 6px;vertical-align:top;text-align:left}
th{background:#eef1f5}
.num{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:#6b7685}
.sev-error{color:#b3261e;font-weight:600}
.sev-warning{color:#8a5a00;font-weight:600}
.sev-info{color:#4a5668}
.status-failed{color:#b3261e;font-weight:600}
.problem{background:#fff4e5;border:1px solid #f0b45b;padding:8px 12px;margin:8px 0}
.controls{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin:8px 0;padding:6px 8px;background:#fff;border:1px solid #d5dae1}
.controls input[type=search]{min-width:220px}
.pager a,.pager span{margin-right:6px}
.pair{display:flex;gap:16px;align-items:flex-start;flex-wrap:wrap}
.gridwrap{overflow:auto;max-width:100%;max-height:80vh;flex:3 1 640px}
table.grid thead th{position:sticky;top:0;z-index:1}
.inh{color:#7a8794;font-style:italic}
.recwrap{overflow:auto;max-height:80vh;flex:2 1 420px}
table.grid td{min-width:64px;max-width:260px;white-space:pre-wrap;word-break:break-all}
table.grid td.head{background:#eef1f5;font-weight:600}
table.grid td.m-merged{background:#e8f0fe}
table.grid td.m-merged.cover{color:#5d6b80}
table.grid td.m-repeated{background:#fdecea}
table.grid td.m-split{background:#fff8d6}
table.grid td.m-inherited{background:#e6f4ea}
table.grid td.m-padded{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#f0f0f0 4px,#f0f0f0 8px)}
table.grid td.rowno{background:#f0f2f5;color:#6b7685;font-size:12px}
.mk{font-size:11px;color:#3b5b8c;margin-right:2px}
table.grid td{scroll-margin-top:64px}
td:target,tr:target td{outline:3px solid #e8710a;outline-offset:-3px;background:#ffe0b2 !important}
.legend span.sw{display:inline-block;width:14px;height:14px;border:1px solid #9aa5b4;vertical-align:middle;margin:0 4px 0 10px}
.legend .m-merged{background:#e8f0fe}.legend .m-repeated{background:#fdecea}.legend .m-split{background:#fff8d6}.legend .m-inherited{background:#e6f4ea}.legend .m-padded{background:#eee}
tr.unknown-dept td.depts{color:#b3261e}
tr.unparsed td.deadline{color:#8a5a00}
.hidden{display:none}
code{font-size:12px}
`;

/**
 * Filtering: every control has data-filter="<key>" and every filterable row data-<key>.
 * Selects match equal values ('' = all), checkboxes require data-<key>="1",
 * search matches the row's text. Counts of shown rows go to [data-shown-for=<table id>].
 */
const JS = `
(function(){
  function apply(box){
    var target=document.getElementById(box.getAttribute('data-for'));
    if(!target)return;
    var ctrls=box.querySelectorAll('[data-filter]');
    var rows=target.querySelectorAll('tbody tr');
    var shown=0;
    for(var i=0;i<rows.length;i++){
      var tr=rows[i],ok=true;
      for(var j=0;j<ctrls.length&&ok;j++){
        var c=ctrls[j],k=c.getAttribute('data-filter');
        if(c.type==='checkbox'){ if(c.checked&&tr.getAttribute('data-'+k)!=='1')ok=false; }
        else if(c.type==='search'){ var q=c.value.trim().toLowerCase(); if(q&&tr.textContent.toLowerCase().indexOf(q)<0)ok=false; }
        else if(c.value!==''&&tr.getAttribute('data-'+k)!==c.value)ok=false;
      }
      tr.classList.toggle('hidden',!ok);
      if(ok)shown++;
    }
    var out=box.querySelector('[data-shown]');
    if(out)out.textContent=String(shown);
  }
  var boxes=document.querySelectorAll('.controls[data-for]');
  for(var b=0;b<boxes.length;b++){(function(box){
    box.addEventListener('input',function(){apply(box)});
    box.addEventListener('change',function(){apply(box)});
    apply(box);
  })(boxes[b]);}
})();
`;

export function page(title: string, body: string, opts: { root: string; nav?: string } = { root: '' }): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><a href="${opts.root}index.html">govtables review report</a>${opts.nav ? ` · ${opts.nav}` : ''}</header>
<main>
${body}
</main>
<script>${JS}</script>
</body>
</html>
`;
}

export interface FilterControl {
  key: string;
  label: string;
  kind: 'select' | 'checkbox' | 'search';
  options?: { value: string; label: string }[];
}

/** A filter bar bound to the table with id `tableId`. */
export function controls(tableId: string, ctrls: FilterControl[]): string {
  const parts = ctrls.map((c) => {
    if (c.kind === 'checkbox') return `<label><input type="checkbox" data-filter="${esc(c.key)}"> ${esc(c.label)}</label>`;
    if (c.kind === 'search') return `<label>${esc(c.label)} <input type="search" data-filter="${esc(c.key)}" placeholder="text"></label>`;
    const opts = [`<option value="">all</option>`, ...(c.options ?? []).map((o) => `<option value="${esc(o.value)}">${esc(o.label)}</option>`)];
    return `<label>${esc(c.label)} <select data-filter="${esc(c.key)}">${opts.join('')}</select></label>`;
  });
  return `<div class="controls" data-for="${esc(tableId)}">${parts.join(' ')} <span class="muted">shown: <b data-shown></b></span></div>`;
}

export function pager(current: number, total: number, name: (n: number) => string): string {
  if (total <= 1) return '';
  const links: string[] = [];
  for (let n = 1; n <= total; n++) links.push(n === current ? `<span><b>${n}</b></span>` : `<a href="${esc(name(n))}">${n}</a>`);
  return `<nav class="pager">page: ${links.join('')}</nav>`;
}
