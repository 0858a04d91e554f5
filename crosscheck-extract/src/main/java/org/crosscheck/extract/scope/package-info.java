/**
 * Scope: whether a figure counts one incident or is a cumulative or background total that belongs to no event
 * (codebook, "Scope"). The cues are data in this package's resource folder.
 */
package org.crosscheck.extract.scope;
