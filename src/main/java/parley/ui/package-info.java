/**
 * The desktop window: main layout, participants and sources panels, drag-and-drop import as background tasks.
 * Views are thin over view models; no SQL here, only the interfaces of {@link parley.domain}.
 */
package parley.ui;
