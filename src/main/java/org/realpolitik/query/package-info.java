/** Read-only questions over the derived graph. Queries never depend on importers. */
package org.realpolitik.query;
