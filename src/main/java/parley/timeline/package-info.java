/**
 * The timeline control: a JavaFX Control + Skin drawing on a Canvas, with a time scale, adaptive ticks, stacked
 * rows and level-of-detail clustering. The same painter renders PNG exports.
 */
package parley.timeline;
