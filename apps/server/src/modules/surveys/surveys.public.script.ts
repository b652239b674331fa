import { inlineScript } from '../../platform/public/scripts.ts';

/**
 * Skip logic on the phone: the same rules as the domain's evaluateCondition (conditions.ts)
 * in a few hundred bytes of plain ES5, so the form shows only the questions that apply.
 * A hidden question's inputs are disabled, so they are not sent. Without scripts every
 * question is shown and the server drops the answers that do not apply (checkResponse).
 */
export const SKIP_LOGIC_SCRIPT = inlineScript(
  `(function(){var f=document.getElementById('phieu');if(!f)return;` +
    `var items=f.querySelectorAll('[data-s],[data-q]');` +
    `function blank(v){return v==null||v===''||(v.push&&!v.length)}` +
    `function cmp(a,op,b){if(a.push)return false;var an=+a,bn=+b,n=a!==''&&b!==''&&isFinite(an)&&isFinite(bn);` +
    `var x=n?an:String(a),y=n?bn:String(b);` +
    `return op=='eq'?x===y:op=='neq'?x!==y:op=='gt'?x>y:op=='gte'?x>=y:op=='lt'?x<y:x<=y}` +
    `function ev(c,A){var i;if(c.all){for(i=0;i<c.all.length;i++)if(!ev(c.all[i],A))return false;return true}` +
    `if(c.any){for(i=0;i<c.any.length;i++)if(ev(c.any[i],A))return true;return false}` +
    `if(c.not)return!ev(c.not,A);var v=A[c.q];if(c.op=='answered')return!blank(v);if(blank(v))return false;` +
    `if(c.op=='selected')return v.push?v.indexOf(c.value)>=0:String(v)===c.value;return cmp(v,c.op,c.value)}` +
    `function read(el){var t=el.getAttribute('data-t'),ins=el.querySelectorAll('input,textarea'),out=[],v='',i,x;` +
    `for(i=0;i<ins.length;i++){x=ins[i];if(x.type=='radio'||x.type=='checkbox'){if(x.checked)out.push(x.value)}else v=x.value}` +
    `if(t=='multiple')return out;if(t=='number')return v===''?'':+v;return out.length?out[0]:v}` +
    `function run(){var A={},sec=true,i,j,el,rel,on,ins;for(i=0;i<items.length;i++){el=items[i];rel=el.getAttribute('data-rel');` +
    `on=!rel||ev(JSON.parse(rel),A);if(el.hasAttribute('data-s')){sec=on;el.hidden=!on;continue}on=on&&sec;el.hidden=!on;` +
    `ins=el.querySelectorAll('input,textarea');for(j=0;j<ins.length;j++)ins[j].disabled=!on;` +
    `if(on){var v=read(el);if(!blank(v))A[el.getAttribute('data-q')]=v}}}` +
    `f.addEventListener('change',run);f.addEventListener('input',run);run()})();`,
);
