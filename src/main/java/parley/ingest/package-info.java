/**
 * Reading files into articles: format sniffing (.txt, .md, .html, .pdf), encodings, the article body of an HTML
 * page without its furniture, and metadata (title, publisher, author, publication date).
 */
package parley.ingest;
