import { describe, expect, it } from 'vitest'
import { decodeEntities, safeHref, sanitizeContent } from '../../src/main/pieces/sanitize'

const html = (input: string) => sanitizeContent(input).html
const text = (input: string) => sanitizeContent(input).text

describe('content sanitiser', () => {
  it('keeps the editor subset as it is', () => {
    const editor =
      '<h2>Título</h2><h3>Subtítulo</h3><p>Texto con <strong>negrilla</strong>, <em>cursiva</em>, <u>subrayado</u> y <s>tachado</s>.<br>Otra línea.</p>' +
      '<ul><li><p>uno</p></li><li><p>dos</p></li></ul><ol><li>primero</li></ol><blockquote><p>Cita</p></blockquote>' +
      '<p><a href="https://www.cajica.gov.co/">sitio</a> y <a href="mailto:prensa@cajica.gov.co">correo</a></p>'
    expect(html(editor)).toBe(editor)
  })

  it('drops scripts, styles and event handlers, and unwraps unknown tags keeping their text', () => {
    expect(html('<p onclick="alert(1)">Hola<script>alert("x")</script></p><style>p{}</style>')).toBe('<p>Hola</p>')
    expect(html('<div class="x"><span style="color:red">texto</span></div>')).toBe('texto')
    expect(html('<img src=x onerror=alert(1)><iframe src="https://evil">contenido</iframe>fin')).toBe('fin')
    expect(html('<SCRIPT>alert(1)</SCRIPT >ok')).toBe('ok')
    expect(html('<svg><script>alert(1)</script></svg>a')).toBe('a')
    expect(html('<!-- comentario --><p>a</p><!doctype html>')).toBe('<p>a</p>')
  })

  it('keeps only http, https and mailto links', () => {
    expect(html('<a href="javascript:alert(1)">x</a>')).toBe('x')
    expect(html('<a href="JaVaScRiPt:alert(1)">x</a>')).toBe('x')
    expect(html('<a href="java&#x09;script:alert(1)">x</a>')).toBe('x')
    expect(html('<a href=" javascript:alert(1)">x</a>')).toBe('x')
    expect(html('<a href="data:text/html,<script>">x</a>')).toBe('x')
    expect(html('<a href="/relativo">x</a>')).toBe('x')
    expect(html('<a href="https://a.gov.co/?q=1&amp;r=2" target="_blank" onclick="x()">x</a>')).toBe('<a href="https://a.gov.co/?q=1&amp;r=2">x</a>')
    expect(html('<a href=\'http://a.co/x"onmouseover="alert(1)\'>x</a>')).toBe('<a href="http://a.co/x%22onmouseover=%22alert(1)">x</a>')
    expect(safeHref('mailto:prensa@cajica.gov.co')).toBe('mailto:prensa@cajica.gov.co')
    expect(safeHref('ftp://a.co')).toBeNull()
  })

  it('never lets text become markup', () => {
    expect(html('<p>5 &lt; 6 &amp;&amp; 7 &gt; 2</p>')).toBe('<p>5 &lt; 6 &amp;&amp; 7 &gt; 2</p>')
    expect(html('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
    expect(html('a < b <3 <p')).toBe('a &lt; b &lt;3 ')
    expect(html('<p title="x>y">a</p>')).toBe('<p>a</p>')
    expect(html('<p>sin cerrar<strong>negrilla')).toBe('<p>sin cerrar<strong>negrilla</strong></p>')
    expect(html('</p></strong>suelto</em>')).toBe('suelto')
    expect(html('<a href="https://a.co"><a href="https://b.co">doble</a></a>')).toBe('<a href="https://a.co/">doble</a>')
  })

  it('maps the spellings of other editors to the subset', () => {
    expect(html('<b>a</b><i>b</i><strike>c</strike><h1>d</h1>')).toBe('<strong>a</strong><em>b</em><s>c</s><h2>d</h2>')
  })

  it('derives plain text with paragraph breaks for comparing versions', () => {
    expect(text('<h2>Título</h2><p>Primer   párrafo\n con salto.</p><p>Segundo<br>línea</p><ul><li><p>uno</p></li><li><p>dos</p></li></ul>')).toBe(
      'Título\n\nPrimer párrafo con salto.\n\nSegundo\nlínea\n\nuno\ndos'
    )
    expect(text('<p>Tom &amp; Jerry&nbsp;&#233;&#x00E9;</p>')).toBe('Tom & Jerry\u00a0éé')
    expect(text('<p></p><p>  </p><p><br></p>')).toBe('')
    expect(text('<script>solo código</script>')).toBe('')
  })

  it('decodes the entities editors write and leaves unknown ones as text', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&copy;&#0;')).toBe('&<>"\'AB&copy;\ufffd')
  })
})
