"""The page's inline CSS and script, and the colour of each category (light fill, strong line)."""

from __future__ import annotations

__all__ = ["CSS", "PALETTE", "SCRIPT", "palette_css"]

#: (fill, line) per category, in the order ``rows.BUILTIN`` lists them; plugin types take the rest in turn.
PALETTE: tuple[tuple[str, str], ...] = (
    ("#cfe3ff", "#1f5fbf"),  # leaders
    ("#c9f0cf", "#1a7f37"),  # money
    ("#f0d5f7", "#8250df"),  # documents
    ("#ffe5a0", "#9a6700"),  # proposals
    ("#ffd6cc", "#c4321f"),  # event
    ("#c8f0ea", "#0f766e"),  # plugin types from here on
    ("#e9dfcc", "#6e5a2e"),
    ("#dcdcdc", "#4a4a4a"),
)

_BUILTIN = 5


def palette_css(keys: list[str]) -> str:
    """One fill class (``sk-k<n>``) and one underline class (``sk-o<n>``) per category on the page."""
    rules = []
    for index in range(len(keys)):
        fill, line = PALETTE[index] if index < _BUILTIN else PALETTE[_BUILTIN + (index - _BUILTIN) % 3]
        rules.append(
            f".sk-k{index}{{--sk-fill:{fill};--sk-line:{line}}}.sk-o{index}{{box-shadow:inset 0 -3px 0 {line}}}"
        )
    return "".join(rules)


CSS = """
.sk-page{margin:0;background:#fafafa;color:#1d1d1f}
.sk-root{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;
  color:#1d1d1f;padding:12px 20px}
.sk-root h1{font-size:20px;margin:4px 0 12px}
.sk-root h2{font-size:17px;margin:0 0 4px}
.sk-root h3{font-size:14px;margin:10px 0 4px;display:flex;align-items:center;gap:6px}
.sk-article{background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px 16px;margin:0 0 20px}
.sk-counts{margin:0 0 6px;color:#555}
.sk-legend{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 10px}
.sk-chip{background:var(--sk-fill);border:1px solid var(--sk-line);border-radius:12px;padding:1px 9px;font-size:13px}
.sk-hint{color:#777;font-size:12px;align-self:center;margin-left:6px}
.sk-dot{display:inline-block;width:11px;height:11px;border-radius:3px;background:var(--sk-fill);
  border:1px solid var(--sk-line)}
.sk-body{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:18px;align-items:start}
.sk-body.sk-no-text{grid-template-columns:minmax(0,1fr)}
@media (max-width:900px){.sk-body{grid-template-columns:minmax(0,1fr)}}
.sk-text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:15px;line-height:1.7;max-height:85vh;overflow:auto;
  padding:4px 10px 4px 0;border-right:1px solid #eee}
.sk-tables{max-height:85vh;overflow:auto}
.sk-mark{background:var(--sk-fill);color:inherit;border-radius:2px;padding:1px 0;cursor:pointer}
.sk-mark.sk-overlap{outline:1px dotted var(--sk-line);outline-offset:-1px}
.sk-mark.sk-active,.sk-mark.sk-hover{background:var(--sk-line);color:#fff}
.sk-anchor{scroll-margin:40vh}
.sk-root table{border-collapse:collapse;width:100%;font-size:13px}
.sk-root th{text-align:left;font-weight:600;border-bottom:2px solid #ccc;padding:3px 6px;white-space:nowrap}
.sk-root td{border-bottom:1px solid #eee;padding:3px 6px;vertical-align:top}
.sk-fact{cursor:pointer;border-left:4px solid var(--sk-line)}
.sk-fact:hover,.sk-fact:focus,.sk-fact.sk-active{background:var(--sk-fill);outline:none}
.sk-nil{color:#aaa}
.sk-card{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px;margin:0}
.sk-card dt{font-weight:600}
.sk-card dd{margin:0}
.sk-card .sk-evidence ul{display:flex;flex-wrap:wrap;gap:0 12px}
.sk-evidence ul,.sk-problems{margin:0;padding:0 0 0 14px}
.sk-evidence ul{list-style:none;padding:0;margin:0}
.sk-ev{color:#333;font-style:italic;text-decoration:none;border-bottom:1px dashed var(--sk-line)}
.sk-ev small{color:#888;font-style:normal}
.sk-none{margin:0;color:#999;font-style:italic}
.sk-failure{color:#b00020}
.sk-note{color:#666;font-size:13px}
"""

#: Click a fact row or an evidence link: light its marks and scroll the text to them. Click a mark:
#: light its facts' rows and scroll the tables to them. Hover is CSS (see ``html.hover_css``).
SCRIPT = """
(function(){
if(window.__summitkit_render)return;window.__summitkit_render=1;
function each(list,f){Array.prototype.forEach.call(list,f);}
function light(root,facts,spanId,toText){
  each(root.querySelectorAll('.sk-active'),function(e){e.classList.remove('sk-active');});
  var target=null;
  facts.forEach(function(id){
    each(root.querySelectorAll('mark[data-facts~="'+id+'"],tr[data-fact="'+id+'"]'),function(e){
      e.classList.add('sk-active');
      if(!target&&(toText?e.tagName==='MARK':e.tagName==='TR'))target=e;});
  });
  if(spanId){var m=root.querySelector('mark[data-spans~="'+spanId+'"]');if(m)target=m;}
  if(target)target.scrollIntoView({block:'center',behavior:'smooth'});
}
document.addEventListener('click',function(ev){
  var el=ev.target.closest&&ev.target.closest('.sk-ev[data-span],tr[data-fact],mark[data-facts]');
  if(!el)return;var root=el.closest('.sk-article');if(!root)return;
  if(el.matches('.sk-ev')){ev.preventDefault();
    light(root,[el.closest('tr').getAttribute('data-fact')],el.getAttribute('data-span'),true);}
  else if(el.tagName==='TR'){light(root,[el.getAttribute('data-fact')],null,true);}
  else{light(root,el.getAttribute('data-facts').split(' '),null,false);}
});
document.addEventListener('keydown',function(ev){
  if(ev.key==='Enter'&&ev.target.matches&&ev.target.matches('tr[data-fact]'))ev.target.click();
});
})();
"""
