#ifndef CLAIMLEDGER_CLIBXML2_SHIM_H
#define CLAIMLEDGER_CLIBXML2_SHIM_H

// xmlversion.h first, then switch ICU off: Debian builds libxml2 with ICU, and its headers
// would pull in the system ICU, whose `UErrorCode` clashes with Foundation's copy on a clean build.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

// `xmlFree` is a global function pointer, which Swift 6 rejects as not concurrency-safe.
static inline void claimledger_xmlFree(void *pointer) { xmlFree(pointer); }

// HTML parser contexts in libxml2 2.9 start as SAX1 and ignore `serror` until the SAX handler
// is marked as SAX2; a macro constant Swift cannot see, so it is set here.
static inline void claimledger_markSAX2(xmlParserCtxtPtr context) {
  context->sax->initialized = XML_SAX2_MAGIC;
}

#endif
