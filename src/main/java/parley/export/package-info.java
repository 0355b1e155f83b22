/**
 * Getting the timeline out of Parley: the JSON contract of {@code events --json}, and the PNG renderer that the
 * window's File → Export PNG… and the command line's {@code export-png} share (headless when there is no display).
 */
package parley.export;
