/// The ledger export's XSD, kept here so the tool validates imports without reading files
/// beside it; `Schemas/ledger.xsd` is the same text (a test checks they agree).
enum LedgerSchema {
  static let xsd = #"""
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- The ClaimLedger ledger export (`claimledger export`), read back by `claimledger import`.
         Canonical order: sources and groups by id, articles by id, versions by number, statements
         by position in their version; ids are the ledger's own and survive an import, so that two
         exports of the same ledger are the same bytes and two exports of a changing ledger diff
         cleanly. Offsets count code points into the version's text. -->
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="urn:claimledger:ledger:1"
      targetNamespace="urn:claimledger:ledger:1" elementFormDefault="qualified">
      <xs:element name="ledger">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="sources">
              <xs:complexType><xs:sequence>
                <xs:element name="source" type="Source" minOccurs="0" maxOccurs="unbounded"/>
              </xs:sequence></xs:complexType>
            </xs:element>
            <xs:element name="groups">
              <xs:complexType><xs:sequence>
                <xs:element name="group" type="Group" minOccurs="0" maxOccurs="unbounded"/>
              </xs:sequence></xs:complexType>
            </xs:element>
            <xs:element name="articles">
              <xs:complexType><xs:sequence>
                <xs:element name="article" type="Article" minOccurs="0" maxOccurs="unbounded"/>
              </xs:sequence></xs:complexType>
            </xs:element>
            <!-- Editors' corrections (`claimledger review`), oldest first; absent when there are none. -->
            <xs:element name="reviews" minOccurs="0">
              <xs:complexType><xs:sequence>
                <xs:element name="review" type="Review" maxOccurs="unbounded"/>
              </xs:sequence></xs:complexType>
            </xs:element>
          </xs:sequence>
          <xs:attribute name="generator" type="xs:string" use="required"/>
        </xs:complexType>
        <xs:key name="sourceID"><xs:selector xpath="sources/source"/><xs:field xpath="@id"/></xs:key>
        <xs:key name="groupID"><xs:selector xpath="groups/group"/><xs:field xpath="@id"/></xs:key>
        <xs:key name="articleID"><xs:selector xpath="articles/article"/><xs:field xpath="@id"/></xs:key>
        <xs:keyref name="statementSource" refer="sourceID"><xs:selector xpath="articles/article/version/statement"/><xs:field xpath="@source"/></xs:keyref>
        <xs:keyref name="statementGroup" refer="groupID"><xs:selector xpath="articles/article/version/statement"/><xs:field xpath="@group"/></xs:keyref>
        <xs:key name="reviewID"><xs:selector xpath="reviews/review"/><xs:field xpath="@id"/></xs:key>
        <xs:keyref name="reviewUndoes" refer="reviewID"><xs:selector xpath="reviews/review"/><xs:field xpath="@undoes"/></xs:keyref>
        <xs:keyref name="reviewUndoneBy" refer="reviewID"><xs:selector xpath="reviews/review"/><xs:field xpath="@undone-by"/></xs:keyref>
      </xs:element>

      <xs:simpleType name="Kind">
        <xs:restriction base="xs:string">
          <xs:enumeration value="person"/><xs:enumeration value="organization"/><xs:enumeration value="group"/>
          <xs:enumeration value="anonymous"/><xs:enumeration value="vague"/>
        </xs:restriction>
      </xs:simpleType>
      <xs:simpleType name="Status">
        <xs:restriction base="xs:string">
          <xs:enumeration value="corroborated"/><xs:enumeration value="single-source"/>
          <xs:enumeration value="contested"/><xs:enumeration value="unattributed"/>
        </xs:restriction>
      </xs:simpleType>

      <!-- One correction: who, when, what, the state before and after in words. A statement is
           named by its article and its words (they follow it into new versions of the article). -->
      <xs:complexType name="Review">
        <xs:sequence>
          <xs:element name="statement" type="ReviewedStatement" minOccurs="0"/>
          <xs:element name="other" type="ReviewedStatement" minOccurs="0"/>
          <xs:element name="note" type="xs:string" minOccurs="0"/>
          <xs:element name="before" type="xs:string"/>
          <xs:element name="after" type="xs:string"/>
          <xs:element name="detail" type="xs:string" minOccurs="0"/>
        </xs:sequence>
        <xs:attribute name="id" type="xs:positiveInteger" use="required"/>
        <xs:attribute name="at" type="xs:string" use="required"/>
        <xs:attribute name="editor" type="xs:string" use="required"/>
        <xs:attribute name="action" use="required">
          <xs:simpleType>
            <xs:restriction base="xs:string">
              <xs:enumeration value="mark"/><xs:enumeration value="unlink"/><xs:enumeration value="link"/>
              <xs:enumeration value="speaker"/><xs:enumeration value="merge"/><xs:enumeration value="split"/>
              <xs:enumeration value="undo"/>
            </xs:restriction>
          </xs:simpleType>
        </xs:attribute>
        <xs:attribute name="value" type="xs:string"/>
        <xs:attribute name="other-value" type="xs:string"/>
        <xs:attribute name="undoes" type="xs:positiveInteger"/>
        <xs:attribute name="undone-by" type="xs:positiveInteger"/>
      </xs:complexType>
      <xs:complexType name="ReviewedStatement">
        <xs:simpleContent>
          <xs:extension base="xs:string">
            <xs:attribute name="article" type="xs:string" use="required"/>
          </xs:extension>
        </xs:simpleContent>
      </xs:complexType>

      <xs:complexType name="Source">
        <xs:sequence><xs:element name="alias" type="xs:string" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
        <xs:attribute name="id" type="xs:positiveInteger" use="required"/>
        <xs:attribute name="name" type="xs:string" use="required"/>
        <xs:attribute name="kind" type="Kind" use="required"/>
        <xs:attribute name="affiliation" type="xs:string"/>
      </xs:complexType>

      <xs:complexType name="Group">
        <xs:sequence>
          <xs:element name="reason" type="xs:string"/>
          <xs:element name="origin" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
          <xs:element name="outlet" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
        <xs:attribute name="id" type="xs:positiveInteger" use="required"/>
        <xs:attribute name="status" type="Status" use="required"/>
      </xs:complexType>

      <xs:complexType name="Article">
        <xs:sequence><xs:element name="version" type="Version" maxOccurs="unbounded"/></xs:sequence>
        <xs:attribute name="id" type="xs:string" use="required"/>
        <xs:attribute name="url" type="xs:string"/>
        <xs:attribute name="outlet" type="xs:string"/>
        <xs:attribute name="title" type="xs:string"/>
      </xs:complexType>

      <xs:complexType name="Version">
        <xs:sequence>
          <xs:element name="text" type="xs:string"/>
          <xs:element name="statement" type="Statement" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
        <xs:attribute name="number" type="xs:positiveInteger" use="required"/>
        <xs:attribute name="source" type="xs:string" use="required"/>
        <xs:attribute name="format" use="required">
          <xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="text"/><xs:enumeration value="html"/></xs:restriction></xs:simpleType>
        </xs:attribute>
        <xs:attribute name="hash" use="required">
          <xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="[0-9a-f]{16}"/></xs:restriction></xs:simpleType>
        </xs:attribute>
        <xs:attribute name="published" type="xs:string"/>
        <xs:attribute name="ingested" type="xs:string" use="required"/>
      </xs:complexType>

      <xs:complexType name="Span">
        <xs:simpleContent>
          <xs:extension base="xs:string">
            <xs:attribute name="start" type="xs:nonNegativeInteger" use="required"/>
            <xs:attribute name="end" type="xs:nonNegativeInteger" use="required"/>
          </xs:extension>
        </xs:simpleContent>
      </xs:complexType>

      <xs:complexType name="Statement">
        <xs:sequence>
          <xs:element name="mention" type="Span"/>
          <xs:element name="cue" type="Span"/>
          <xs:element name="content" type="Span"/>
          <xs:element name="fragment" maxOccurs="unbounded">
            <xs:complexType>
              <xs:attribute name="start" type="xs:nonNegativeInteger" use="required"/>
              <xs:attribute name="end" type="xs:nonNegativeInteger" use="required"/>
            </xs:complexType>
          </xs:element>
        </xs:sequence>
        <xs:attribute name="id" type="xs:positiveInteger" use="required"/>
        <xs:attribute name="ordinal" type="xs:nonNegativeInteger" use="required"/>
        <xs:attribute name="speaker" type="xs:string"/>
        <xs:attribute name="kind" type="Kind" use="required"/>
        <xs:attribute name="direct" type="xs:boolean" use="required"/>
        <xs:attribute name="outlet" type="xs:string"/>
        <xs:attribute name="role" type="xs:string"/>
        <xs:attribute name="source" type="xs:positiveInteger"/>
        <xs:attribute name="group" type="xs:positiveInteger"/>
        <xs:attribute name="current" type="xs:boolean" use="required"/>
        <!-- Denies what its group's first statement asserts (judged in the matching clauses). -->
        <xs:attribute name="negative" type="xs:boolean"/>
        <!-- Why it is in its group: the statement it matched (the group's first) and the evidence. -->
        <xs:attribute name="linked-to" type="xs:positiveInteger"/>
        <xs:attribute name="link" type="xs:string"/>
      </xs:complexType>
    </xs:schema>

    """#
}
