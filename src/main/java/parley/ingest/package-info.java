/**
 * Reading files into articles. {@link parley.ingest.FileArticleReader} is the entry point (the
 * {@link parley.domain.ArticleReader} the import service uses); the rest is package-private:
 * <ul>
 * <li>{@code FormatSniffer}: the format by content first (PDF header, HTML markup, known binary signatures),
 *     the extension second (.md vs .txt);</li>
 * <li>{@code TextDecoder}: BOM, UTF-16 by its zero bytes, UTF-8, a page's declared charset, Windows-1252,
 *     juniversalchardet; CRLF/CR to LF and nothing else for plain text;</li>
 * <li>{@code HtmlArticle}, {@code Furniture}, {@code HtmlText}, {@code Captions}, {@code JsonLd}: the article body
 *     of a saved page without its furniture, captions without credits, and the page's stated metadata;</li>
 * <li>{@code PdfText}: the text layer of a PDF in reading order;</li>
 * <li>{@code TextMetadata}, {@code DateText}: metadata stated in the text's own lines (dates, bylines, datelines,
 *     copyright lines, headlines).</li>
 * </ul>
 * Nothing here fetches, executes or writes anything; bad input becomes an
 * {@link parley.domain.UnreadableFileException} with a reason a person understands.
 */
package parley.ingest;
