import ArticleReading
import TextPrimitives

/// Turns findings into statements: decides each speaker's kind and canonical name across the
/// whole article, and which outlet carried each statement.
///
/// Names are learnt from the whole text first (`Rebekah Koffler` anywhere before `Koffler said`),
/// then statements are read in order, so pronouns and `the company` resolve to the most recent
/// compatible speaker, and an interview's outlet carries on to that speaker's later statements
/// until another speaker takes over.
struct SpeakerResolver {
  let scalars: [Unicode.Scalar]
  let paragraphs: [Paragraph]

  func resolve(_ findings: [Finding]) -> [Statement] {
    var names = personNames()
    let sentences = sentenceStarts()
    /// Where the sentence holding an offset starts.
    func sentenceStart(_ offset: Int) -> Int {
      let count = Names.countBefore(offset + 1, in: sentences) { $0 }
      return count == 0 ? 0 : sentences[count - 1]
    }
    /// The subject a pronoun at `offset` would stand for: of `gender`, or of either.
    func subject(before offset: Int, gender: Gender? = nil) -> String? {
      names.person(
        before: offset, gender: gender, addressee: nil, sentenceStart: sentenceStart, isPossessive: isPossessive,
        writtenInLowerCase: writtenInLowerCase, asksSomeone: asksSomeone)
    }
    /// The person a description made of a title at `offset` stands for
    /// (``Names/person(withTitle:before:subject:sentenceStart:inContent:)``).
    func personTitled(_ title: [String], before offset: Int, content: [Range<Int>]) -> String? {
      names.person(
        withTitle: title, before: offset, subject: subject(before: offset), sentenceStart: sentenceStart,
        inContent: { at in content.contains { $0.contains(at) } })
    }
    /// Whether `the Wisconsin Republican`, `the Florida senator` (a party or an office after
    /// nothing but a place, or after nothing) names again the subject of the sentence before,
    /// whom the text gave no title `contradicting` it: `Speaker Paul Ryan says ... The Wisconsin
    /// Republican says`. Only a subject: a speaker, or named at the start of its sentence (after
    /// a title at most: `New Jersey Gov. Chris Christie accused`), not one a sentence goes on to mention
    /// (`The Republican vice presidential nominee was speaking ..., hours after Trump
    /// unleashed`), nor one named in the same sentence (`addressed to the U.S. attorney,
    /// Channing D. Phillips - the Utah Republican asks`), and a person's name (not `One month`).
    func namesAgainByPlace(
      _ words: [PhraseWord], subject: String, at offset: Int, contradicting: (String) -> Bool
    ) -> Bool {
      // (`the former Florida governor`: a former office names its holder as well.)
      let place = words.dropFirst().dropLast().drop { $0.key == "former" }.map(\.key).joined(separator: " ")
      return (place.isEmpty || Places.names.contains(place))
        && namesAgain(subject: subject, at: offset, contradicting: contradicting)
    }
    /// Whether a description at `offset` can name again `subject`, the subject of the sentence
    /// before, as ``namesAgainByPlace(_:subject:at:contradicting:)`` says, whatever its words.
    func namesAgain(subject: String, at offset: Int, contradicting: (String) -> Bool) -> Bool {
      guard let named = names.lastNamed(subject, before: offset), named < sentenceStart(offset),
        !subject.contains(" ") || Names.isPersonsName(subject)
      else { return false }
      // (Or opens it after an opening adjunct's one comma: `One month after the vote, Marco Rubio
      // still believes ...`.)
      let lead = scalars[sentenceStart(named)..<named]
      let opensItsSentence =
        lead.lazy.filter { $0 == " " }.count < 4
        || lead.count >= 2 && lead.suffix(2).elementsEqual([",", " "]) && lead.filter { $0 == "," }.count == 1
      guard opensItsSentence || names.spoken.contains(where: { $0.offset == named && $0.name == subject }) else {
        return false
      }
      return !names.hasTitle(of: subject, where: contradicting)
    }
    /// The subject a pronoun at `offset` would stand for, if named in this sentence or the one
    /// before: whom an epithet (`the candidate`) names again.
    func recentSubject(before offset: Int) -> String? {
      guard let subject = subject(before: offset), let named = names.lastNamed(subject, before: offset) else {
        return nil
      }
      return named >= Names.sentenceBefore(offset, sentenceStart: sentenceStart) ? subject : nil
    }
    var statements: [Statement] = []
    statements.reserveCapacity(findings.count)
    var lastPerson: String? = nil
    var lastOrganization: String? = nil
    var lastGroup: String? = nil
    /// Where the last person, the last organisation and the last group spoke.
    var lastPersonAt = 0
    var lastOrganizationAt = 0
    var lastGroupAt = 0
    /// The last spokesperson named or placed (`Harbor Board spokeswoman Lena Ortiz`, `Cameron's
    /// spokesman`), whom a later `the spokesman` is.
    var lastSpokesperson: (speaker: String, kind: SpeakerKind, role: String?)? = nil
    var organizations: [String] = []
    var interview: (speaker: String, outlet: String)? = nil
    /// Who made the last poll, survey or report a statement came from (`a Bloomberg poll`),
    /// whom a later `the poll` is.
    var lastDocumentMaker: (kind: SpeakerKind, name: String)? = nil
    /// The last news outlet that spoke (`the Orlando Sentinel reported`), whom a later `the
    /// newspaper` is.
    var lastOutlet: String? = nil
    /// The outlets statements came through (`telling Fox 35`), lower-cased: not whom `the
    /// group` names again.
    var outletNames: Set<String> = []

    for finding in findings {
      let cue = finding.cue
      // (One fragment, as most statements have, is its own text: joining a list of one copied it.)
      let content =
        finding.fragments.count == 1
        ? text(finding.fragments[0]) : finding.fragments.map { text($0) }.joined(separator: " ")
      guard let mentionSpan = finding.speaker, !finding.vague else {
        statements.append(
          Statement(
            speaker: nil, mention: cue.text, mentionRange: cue.range, speakerKind: .vague, cue: finding.cueText,
            cueRange: cue.range, content: content, fragments: finding.fragments, direct: finding.direct, outlet: nil))
        continue
      }
      // `an architect who said ...`: the mention is `who`, the phrase before it names the speaker.
      let named = finding.antecedent ?? mentionSpan
      let words = Self.droppingPlace(PhraseWord.words(of: named, in: scalars))
      var speaker: String? = nil
      var kind: SpeakerKind
      var role: String? = nil
      var outlet = finding.outlet.map { Self.outletName($0, in: scalars) }
      var writer = false

      // (`She's a Sanders supporter but concedes that ...`: a pronoun with `'s` for `is`.)
      if words.count == 1,
        words[0].lowerClasses.contains(.pronoun) || (words[0].classes.contains(.pronoun) && words[0].key != "i")
      {
        // Where a group or an organisation that spoke is recent enough for `they` or `it`: from
        // the sentence before the statement's own, the quotation's when it comes first.
        let recent = Names.sentenceBefore(
          min(mentionSpan.range.lowerBound, finding.fragments.first?.lowerBound ?? mentionSpan.range.lowerBound),
          sentenceStart: sentenceStart)
        switch words[0].key {
        case "i":
          // The writer, outside any quotation (an op-ed's, a memoir's, a reporter's `I asked
          // him`): the text does not name them, and the person named nearest is someone else;
          // nor is the writer whom a later `he` or `she` stands for.
          kind = .person
          writer = true
        case "he", "she":
          kind = .person
          let gender = Gender.ofPronoun(words[0].key) ?? .male
          let namedInQuotation = { (name: String) in
            finding.direct && Self.namesByTitle(name, in: content)
          }
          // One pronoun is one person: a quotation after `..., he said.` that the same cue
          // carries is spoken by whom the statement before it was (`Also, Trump isn't a
          // conservative, he said. "He's a liberal!"`).
          let sameMention = statements.last.flatMap { previous -> String? in
            guard previous.mentionRange == mentionSpan.range, previous.speakerKind == .person,
              let speaker = previous.speaker, Gender.ofPronoun(speaker.lowercased()) == nil
            else { return nil }
            return speaker
          }
          speaker =
            sameMention
            ?? names.person(
              before: mentionSpan.range.lowerBound, gender: gender, addressee: addressee(after: cue.range),
              sentenceStart: sentenceStart, isPossessive: isPossessive, writtenInLowerCase: writtenInLowerCase,
              asksSomeone: asksSomeone,
              pronounBefore: { gender, at, sentence in
                // (The name itself may be the pronoun, where a stray capital made it one.)
                guard let earlier = firstPronoun(gender, in: sentence..<(at + 1)) else { return nil }
                return earlier == sentence || !followsAComma(at) ? earlier : nil
              },
              // Whom the statement speaks of: a name in its content after a preposition or in a
              // quotation's aside (`"I don't think the conventional wisdom" -- that Bloomberg is
              // perceived as ... -- "is going to last," he says` is Bloomberg's pollster: names
              // inside the quotation marks are none of the candidates).
              spokenOf: { at in
                finding.fragments.contains { fragment in
                  fragment.contains(at)
                    && (Tokenizer.isQuoteMark(scalars[fragment.lowerBound]) || followsAPreposition(at))
                }
              },
              governed: { followsAPreposition($0, agent: false) }, namedInQuotation: namedInQuotation)
            // The last person who spoke, unless known to be of the other gender: `Mayor Ann
            // Ruiz ... She said ... He said` gives `he` no one.
            ?? lastPerson.flatMap { names.gender(of: $0) == gender.other || namedInQuotation($0) ? nil : $0 }
          // Reported speech that opens with another person as its subject, in the sentence after
          // someone else spoke (`Joseph Hunter ... said he will not vote for Trump ... Also,
          // Trump isn't a conservative, he said.`), goes on with whom spoke: the pronoun is not
          // the person spoken of. Further on it is (`Grayson has introduced ..., he said`, a
          // section after Lopez-Cantera spoke, is Grayson).
          if !finding.direct, let named = speaker, let last = lastPerson, last != named, lastPersonAt >= recent,
            names.gender(of: last) != gender.other, Self.opensWithName(named, content)
          {
            speaker = last
          }
          if let speaker, names.unnamed.contains(speaker) {
            // Who is unnamed stays so: the description as the text wrote it.
            kind = .anonymous
          } else if let speaker {
            names.genders.set(speaker, to: gender)
          }
        case "they", "we":
          if words[0].key == "they",
            let subject = openingClauseSubject(
              before: mentionSpan.range.lowerBound, sentenceStart: sentenceStart(mentionSpan.range.lowerBound))
          {
            kind = .group
            speaker = subject
          } else if words[0].key == "we" {
            // Outside a quotation `we` is the writer's voice, the outlet's (`We asked our
            // followers`, `we now know that the bureau ...`): no group or organisation named
            // before, whose words it would make theirs.
            kind = .group
          } else if let group = lastGroup, lastGroupAt >= recent {
            kind = .group
            speaker = group
          } else if words[0].key == "they", let subject = pluralSubject(in: recent..<mentionSpan.range.lowerBound) {
            kind = .group
            speaker = subject
          } else if let organization = lastOrganization, lastOrganizationAt >= recent {
            // (`they` only for whoever spoke just before: `her Republican rivals have called for
            // ... what they say` was the State Department, which spoke paragraphs back.)
            kind = .organization
            speaker = organization
          } else {
            kind = .group
          }
        default:
          // `it` (or `you`) with no organisation before it to stand for is no identifiable
          // source, as the ledger's registry takes it (an organisation named `it`, as this gave).
          // Only one that spoke just before: `it` is as often the report, the letter or the post
          // just named (`The report also provided details ... It said` was Reuters, which spoke
          // paragraphs back; 14 of 20 such were another body, each a false origin).
          let organization = lastOrganizationAt >= recent ? lastOrganization : nil
          kind = organization == nil ? .vague : .organization
          speaker = organization
          // Else the thing described that spoke just before, the same unnamed source again: `the
          // staff letter noted ... It also pointed up`, `the company wrote in its statement. It
          // added` (left vague, they were two sources where the text has one).
          if organization == nil, let previous = statements.last, previous.mentionRange.lowerBound >= recent,
            previous.speakerKind == .anonymous, previous.speaker != nil,
            let head = previous.mention.split(separator: " ").last.map({ Self.bare(String($0)).lowercased() }),
            Self.describesAThing(head)
          {
            (kind, speaker) = (.anonymous, previous.speaker)
          }
        }
        if speaker == nil, kind != .vague { speaker = words[0].bare }
      } else if let person = appositiveOf(
        named.range.lowerBound, words: words, names: names,
        relativeAfter: finding.antecedent == nil ? nil : named.range.upperBound)
        ?? (finding.antecedent == nil ? nil : appositiveAround(named.range, names: names))
      {
        // `Greg Raiff, chief executive officer of Private Jet Services, said`: the description
        // is of the person named just before it, who speaks.
        kind = .person
        speaker = person
        role = named.text
      } else if words.count == 2, words[0].key == "the", words[1].text.startsUppercase,
        !words[1].classes.contains(.title), !words[1].lowerClasses.contains(.title),
        !words[1].classes.contains(.outletWord), !words[1].classes.contains(.organization),
        !GivenNames.isGivenName(words[1].key), NameParts.party(words[1].key) == nil
      {
        // `The Hill reported`, `the Khans said`: one capitalised word after `the` is an
        // outlet's or a body's name, or a family's, never one person's. (Not `the Times`, an
        // outlet the article may name in full.) A word for a place's people is an epithet,
        // someone described: `the Texan said`. (Both were people: `Texan`, and `Tennessean` in
        // `The Tennessean first reported`, a paper.)
        let plural = words[1].key.hasSuffix("s") && !words[1].key.hasSuffix("ss")
        if Peoples.adjectives.contains(words[1].key) {
          (kind, speaker) = (.anonymous, named.text)
        } else {
          (kind, speaker) = (plural ? .group : .organization, words[1].bare)
        }
      } else if let described = Self.groupOf(words) {
        // `Relatives of Tom Ruiz`, `the Democratic chairs from Jefferson and Arapahoe`: people
        // described by whom or where they are of, never that person or place.
        (kind, speaker) = (.group, described)
      } else if Self.isShare(words) {
        // `Six in 10 Republicans`, `About four in 10`: a share of a group, never a person
        // `Republicans` or a speaker `10`.
        (kind, speaker) = (.group, Self.joined(Array(words)))
      } else if let author = Self.documentAuthor(words) {
        // `a report from the SITE Intelligence Group`, `a study by the Brookings Institution`,
        // `polls compiled by Real Clear Politics`: a document speaks for whoever made it.
        (kind, speaker) = author
        if kind == .organization { speaker = Self.matchKnown(author.name, in: organizations) }
        lastDocumentMaker = (kind, speaker ?? author.name)
      } else if words.count == 2, words[0].key == "the", Self.isDocument(words[1]), let maker = lastDocumentMaker {
        // `The poll found`, `the survey shows`: the one the text named last.
        (kind, speaker) = (maker.kind, maker.name)
      } else if words.contains(where: { $0.lowerClasses.contains(.vagueHead) }) {
        kind = .vague
      } else if let close = words.firstIndex(where: { $0.lower == "close" }), close > 0, close + 1 < words.count,
        words[close + 1].lower == "to"
      {
        // `people close to the senator`, `a source close to Clinton`: described by whom they are
        // close to, never that person.
        let head = Self.bare(words[close - 1].lower)
        kind = Words.groupHeads.contains(head) || head == "those" ? .group : .anonymous
        speaker = named.text
      } else if let campaign = Self.campaignOwned(
        words, at: mentionSpan.range.lowerBound, names: names,
        person: { subject(before: mentionSpan.range.lowerBound, gender: $0) })
      {
        kind = .organization
        speaker = Self.matchKnown(campaign, in: organizations)
      } else if let organization = Self.spokesOrganization(words),
        organization.split(separator: " ").contains(where: { String($0).startsUppercase })
          || organizations.contains(where: { $0.lowercased() == organization })
      {
        // (A common noun names an organisation only when the article named it so before: `The
        // port authority said ...`, then `a port authority spokeswoman`. Else `a school
        // spokesman` speaks for a school the text may name elsewhere, not for an organisation
        // `school` that every article's schools would share.)
        if let principal = Self.principalPerson(
          organization, fullName: { names.fullName(forSurname: $0, before: mentionSpan.range.lowerBound) })
        {
          // A spokesperson for a person speaks for that person, one source with them: `a
          // spokesman for House Speaker Paul Ryan` is Paul Ryan's word, `Cameron's spokesman`
          // David Cameron's (the mention keeps who said it).
          (kind, speaker) = (.person, principal)
        } else {
          kind = .organization
          speaker = Self.matchKnown(organization, in: organizations)
        }
      } else if words.count == 2, words[0].key == "the",
        Self.isSpokesperson(words[1]), let known = lastSpokesperson
      {
        // `the spokesman said`: the spokesperson the article placed before. (Not `the
        // statement`, which may be anyone's.)
        (speaker, kind, role) = (known.speaker, known.kind, known.role)
      } else if Self.isOutletName(words), !Self.namesAPersonOfAnOutlet(words) {
        kind = .organization
        // (`the Times` after `the New York Times reported`: the outlet the text named in full.)
        speaker = Self.matchKnown(Self.joined(Self.stripDeterminers(words)), in: organizations)
        outlet = outlet ?? Self.outletName(named, in: scalars)
      } else if let title = Self.definiteTitle(words),
        let person = personTitled(title, before: mentionSpan.range.lowerBound, content: finding.fragments)
      {
        kind = .person
        speaker = person
      } else if words.count >= 3, words[words.count - 2].lower == "from",
        words.first?.text.startsUppercase == false || words[0].lowerClasses.contains(.determiner)
      {
        // `The senator from Vermont`: described, not named.
        kind = .anonymous
        speaker = named.text
      } else if words.count == 1, words[0].classes.contains(.groupHead) || Peoples.isPlural(words[0].key) {
        // `Officials said`, `Residents who live nearby said`: capitalised only because the
        // sentence starts there. `Russians say`, `Israelis said`: a people. (`Commuters'
        // reaction:` too: the possessive comes off.)
        kind = .group
        speaker = words[0].bare
      } else if words.count == 1, words[0].text.startsUppercase, words[0].bare == words[0].text,
        words[0].text.unicodeScalars.contains(where: ScalarClass.isLower),
        !words[0].text.unicodeScalars.contains(where: { $0 == "'" || $0 == "’" }),
        names.fullName(forSurname: words[0].key, before: mentionSpan.range.lowerBound) == nil,
        !followsAPreposition(mentionSpan.range.lowerBound), takesAPluralVerb(mentionSpan.range, cue: cue)
      {
        // `Candidates say`: a subject whose verb agrees with it as a plural is many, never one
        // person of that name (one person `says`). (Not a name the text gave a person, whose
        // `say` is a slip; nor an acronym, `IG report:`, where the cue is a headline's noun; nor
        // a contraction, `I’d add`.)
        kind = .group
        speaker = words[0].bare
      } else if let last = words.last, last.text.startsUppercase, let party = NameParts.party(last.key),
        last.key != "gop", words.first?.text.startsWithDigit == false,
        words.dropLast().allSatisfy(Self.describesAPartyMember)
          // (`The South Carolina Republican`: a place whose words may be given names.)
          || words.count >= 3 && words[0].key == "the"
            && Places.names.contains(words.dropFirst().dropLast().map(\.key).joined(separator: " "))
      {
        // `a New Hampshire Republican`, `some Democrats`, `the Wisconsin Republican`: a party's
        // member or members, never a person named `Republican`. The members are a group; one is
        // unnamed, unless `the` names again the subject just met, whose party the text gave.
        if last.key.hasSuffix("s") {
          kind = .group
          speaker = last.bare
        } else if words.first?.key == "the", let subject = recentSubject(before: mentionSpan.range.lowerBound),
          names.hasTitle(of: subject, where: { NameParts.party($0) == party })
            || namesAgainByPlace(
              words, subject: subject, at: mentionSpan.range.lowerBound,
              contradicting: { NameParts.party($0).map { $0 != party } ?? false })
        {
          kind = .person
          speaker = subject
        } else {
          kind = .anonymous
          speaker = named.text
        }
      } else if let both = couple(words, before: mentionSpan.range.lowerBound, names: names) {
        // Two people named as one subject are both its speakers, a group of two.
        (kind, speaker) = (.group, both)
      } else if let last = words.last, last.text.startsUppercase || last.text.startsWithDigit {
        let stripped = Self.stripDeterminers(words)
        // `Secretary of State Marco Rubio`: organisation words in the role, a name after it.
        let (candidateName, candidateRole) = Self.personName(words)
        // `the Roper Center for Public Opinion Research`, `the Alliance to Reclaim Our Schools`: a
        // body's name going on past `for`, `of` or `to`, no role before a person's name (`Public
        // Opinion Research`).
        let continuesABody =
          candidateName.startIndex >= 2 && words[candidateName.startIndex - 1].key.isOne(of: "for", "of", "on", "to")
          && words[candidateName.startIndex - 2].text.startsUppercase
          && words[candidateName.startIndex - 2].classes.contains(.organization)
        let isNamedPerson =
          candidateName.count >= 2 && !continuesABody
          && !candidateName.contains { $0.classes.contains(.organization) || Self.isAcronym($0.bare) }
        // `Portuguese newspaper Correio de Manha`, `the Independent, a British newspaper`: what
        // the role before it or the description after it calls it is no person.
        let roleHead = candidateName.startIndex > 0 ? words[candidateName.startIndex - 1] : nil
        let calledAnOrganisation =
          roleHead.map { !$0.text.startsUppercase && Self.namesAnOrganisation($0.key) } == true
          && !words[..<candidateName.startIndex].contains(where: { $0.lowerClasses.contains(.preposition) })
        if calledAnOrganisation || describedAsAnOrganisation(after: mentionSpan.range.upperBound) {
          kind = .organization
          speaker = Self.joined(Array(candidateName))
        } else if Self.namesABodyAfterThe(words) {
          // `The American Legion wrote`: `the` before capitals alone, none a title, a usual given
          // name or a party, names a body (it was a person `Legion`).
          kind = .organization
          speaker = Self.matchKnown(Self.joined(words.dropFirst()).possessiveStripped, in: organizations)
        } else if let nation = roleHead, nation.text.isOne(of: "U.S.", "US", "U.S"), candidateName.count >= 2,
          candidateName.startIndex == stripped.startIndex + 1
        {
          // `The U.S. Geological Survey`: a nation's body (a person's name after `U.S.` comes
          // after a title: `U.S. Sen. Bob Casey`).
          kind = .organization
          speaker = Self.joined(Array(words[(candidateName.startIndex - 1)...]))
        } else if !isNamedPerson, let (person, body) = Self.personOfABody(Self.droppingDescription(stripped)) {
          // `Jeffrey Lewis of the James Martin Center`: the person, the body their affiliation.
          // (A surname alone, after an honorific, is the person the text named in full with it.)
          let gender = Gender.ofHonorific(stripped[stripped.startIndex].key)
          (kind, role) = (.person, body)
          speaker =
            person.contains(" ")
            ? person
            : names.fullName(forSurname: person, before: mentionSpan.range.lowerBound, gender: gender) ?? person
        } else if !words[words.startIndex].text.startsUppercase
          || words[words.startIndex].lowerClasses.contains(.determiner)
          // (`Aides to Clinton say`, `Chad's Ambassador to France`: the name is whom they serve.)
          || candidateName.startIndex > words.startIndex && words[candidateName.startIndex - 1].key == "to",
          Self.describedByWhomTheyServe(words[..<candidateName.startIndex])
        {
          // `said a longtime adviser to Trump`, `the former top aide to President George W.
          // Bush`, `an unpledged delegate supporting Clinton`: the aide or the backer speaks,
          // unnamed; the one they serve is no speaker (their words were counted as his). A
          // spokesperson or representative speaks as the one they speak for. (Before the
          // organisations: `a columnist for the tech news site Pando` was one.)
          kind = .anonymous
          speaker = named.text
        } else if !isNamedPerson,
          stripped.contains(where: { $0.classes.contains(.organization) })
            || (stripped.count == 1 && Self.isAcronym(stripped[stripped.startIndex].text))
        {
          kind = .organization
          // (`the conservative-leaning Tax Foundation`: the name starts at its first capital.)
          speaker = Self.matchKnown(
            Self.joined(Array(Self.droppingDescription(stripped))).possessiveStripped, in: organizations)
        } else {
          kind = .person
          role = candidateRole
          if candidateName.count == 1 {
            let surname = candidateName[candidateName.startIndex].bare
            // `Mr. Marsh`: the honorific tells which of the article's Marshes.
            let honorific =
              candidateName.startIndex > 0 ? Gender.ofHonorific(words[candidateName.startIndex - 1].key) : nil
            // The subject just met, when the surname is theirs (`Homeland Security Secretary
            // Jeh Johnson says ... Johnson tells MSNBC`, in a live blog that named Gary Johnson
            // first): a reader takes the person of the sentence before, as for a pronoun; else
            // the first the article introduced with it.
            // (Asked only of another bearer of the surname named in this sentence or the one
            // before: the subject is looked for as a pronoun's is, the costliest question the
            // resolver asks.)
            let offset = mentionSpan.range.lowerBound
            let first = names.fullName(forSurname: surname, before: offset, gender: honorific)
            let recentFloor = Names.sentenceBefore(offset, sentenceStart: sentenceStart)
            let bearers = names.names(withSurname: surname)
            let justMet =
              bearers.contains { bearer in
                bearer != first && (names.lastNamed(bearer, before: offset) ?? -1) >= recentFloor
              }
              ? recentSubject(before: offset).flatMap { subject in
                subject != first && bearers.contains(subject)
                  && (honorific.map { names.gender(of: subject) != $0.other } ?? true) ? subject : nil
              } : nil
            speaker =
              justMet ?? first
              ?? surnameFirstEntry(surname, before: offset, in: names).map { names.entries[$0].name }
              ?? (bearers.isEmpty
                ? names.fullName(withInnerSurname: surname, before: offset)
                  ?? names.fullName(misspelledAs: surname, before: offset) : nil) ?? surname
            // `Video shows that ...`: one word opening a sentence, no name the text gave, that it
            // also writes in lower case (`released video on Monday`) is a common noun, no person.
            if speaker == surname, words.count == 1, honorific == nil,
              sentenceStart(mentionSpan.range.lowerBound) == mentionSpan.range.lowerBound,
              !GivenNames.isGivenName(words[0].key), writtenInLowerCase(words[0].text[...])
            {
              (kind, speaker, role) = (.anonymous, named.text, nil)
            }
          } else {
            speaker = candidateName.map(\.bare).joined(separator: " ")
            // `De Blasio said`, `Wasserman Schultz said`: a surname of two words, no given name
            // first, is the one person the article named in full with it before (or, in the
            // headline, anywhere).
            if let written = speaker, candidateName.count == 2,
              !GivenNames.isGivenName(candidateName[candidateName.startIndex].key),
              let full = names.fullName(
                endingWith: written,
                before: sentenceStart(mentionSpan.range.lowerBound) == 0 ? Int.max : mentionSpan.range.lowerBound)
            {
              speaker = full
            }
          }
          // `Twitter said`, `Forbes reported`: a known body's name is no person's, nor a web
          // address's (`according to Tchadinfos.com`), nor an acronym the article gave no one as a
          // surname (`an interview ... gave to ITV`).
          if let name = speaker,
            KnownBodies.names.contains(name.lowercased()) || namesAWebsite(endingAt: mentionSpan.range.upperBound)
              || isStressedAsAThing(endingAt: mentionSpan.range.upperBound)
              || candidateName.count == 1 && name == candidateName[candidateName.startIndex].bare
                && Self.isAcronym(name) && !Words.personRoles.contains(name.lowercased())
          {
            kind = .organization
          }
        }
      } else if let person = Self.definiteTitle(words).flatMap({
        personTitled($0, before: mentionSpan.range.lowerBound, content: finding.fragments)
      }) {
        // `the mayor`, `Mayor`: the person the article introduced with that title.
        kind = .person
        speaker = person
      } else {
        let head = Self.bare(words.last?.lower ?? "")
        let headClasses = words.last.map { head == $0.key ? $0.classes : WordClass.table[head]?.classes ?? [] } ?? []
        let determiner = words.first?.lower ?? ""
        // (`the former secretary of state`: an office's holder, not a state.)
        let officeOf =
          words.firstIndex(where: { $0.key == "of" }).map { of in
            words[..<of].contains { NameParts.offices.contains(NameParts.fullTitle($0.key)) }
          } ?? false
        let placeGovernment = head.isOne(of: "city", "county", "town", "state")
        if headClasses.contains(.organization) || placeGovernment,
          determiner == "the" || determiner == "its" || words.count == 1, !officeOf
        {
          kind = .organization
          speaker =
            (determiner == "the" && words.count == 2 && Self.bodyNouns[head] != nil
              ? bodyNamedAgain(
                head, at: mentionSpan.range.lowerBound,
                from: sentenceStart(
                  max(0, Names.sentenceBefore(mentionSpan.range.lowerBound, sentenceStart: sentenceStart) - 1)),
                spoke: organizations, last: lastOrganization, outlets: outletNames, names: names)
              : organizations.last(where: { $0.lowercased().contains(head) }))
            ?? Self.joined(Self.stripDeterminers(words))
          // `The agency said`, `the campaign says` with no body of that kind named: an organisation
          // the reader knows and the text leaves unnamed, not an organisation `agency` that every
          // article's agencies would share in the ledger. (A kind with a word before it, `the
          // port authority`, is specific enough to stay a body, as `a port authority
          // spokeswoman` speaks for it; so is a place's government, `the city`, `the state`, which
          // the story's place fixes.) Unnamed, it is no origin: as `agency` it was one that could
          // corroborate the body it stood for, named in another article.
          if let name = speaker, !placeGovernment,
            !name.unicodeScalars.contains(where: { ScalarClass.isUpper($0) || $0 == " " })
          {
            (kind, speaker) = (.anonymous, named.text)
          }
        } else if determiner == "the", words.count == 2, Self.namesAnOutlet(head), let outlet = lastOutlet {
          // `The newspaper said`, after `the Orlando Sentinel reported`: the outlet that spoke last.
          kind = .organization
          speaker = outlet
        } else if headClasses.contains(.groupHead)
          || (head.endsWith("s") && !head.endsWith("ss") && !determiner.isOne(of: "a", "an", "one", "another"))
        {
          kind = .group
          speaker = Self.joined(determiner == "the" ? words.dropFirst() : words[...])
        } else if determiner == "the", words.count >= 3, case let office = NameParts.fullTitle(head),
          NameParts.offices.contains(office), let subject = recentSubject(before: mentionSpan.range.lowerBound),
          // (`the former president` with no place: only someone the text gave that office, for
          // the subject just met is as often the candidate a former president came to praise.)
          !words.dropFirst().dropLast().allSatisfy({ $0.key == "former" })
            || names.hasTitle(of: subject, where: { NameParts.fullTitle($0) == office }),
          namesAgainByPlace(
            words, subject: subject, at: mentionSpan.range.lowerBound,
            contradicting: { NameParts.offices.contains(NameParts.fullTitle($0)) && NameParts.fullTitle($0) != office })
        {
          // `Marco Rubio spoke ... The Florida senator sought to calm his supporters, saying`: an
          // office after a place names again the subject just met, whom no other office is given.
          kind = .person
          speaker = subject
        } else if determiner == "the", words.count <= 4,
          Words.epithets.contains(head)
            || words.count == 3 && Words.isAge(words[1].key) && words[2].text.startsLowercase,
          let subject = recentSubject(before: mentionSpan.range.lowerBound),
          words.dropFirst().dropLast().allSatisfy({ modifier in
            // A party in it must be one the text gave the subject (`Republican presidential
            // candidate Donald Trump`, then `the GOP front-runner`); other words only from those
            // that describe without choosing (`the New York businessman`, `the 57-year-old
            // scientist`, not `the cautious candidate`, which may be anyone).
            guard let party = NameParts.party(modifier.key) else {
              return Words.epithetModifiers.contains(modifier.key) || Words.isAge(modifier.key)
            }
            // (Or, when the text gives this party to no one and none to the subject, who opened
            // the sentence before or spoke in it: `Donald Trump says ... The GOP front-runner
            // said`; not `Mr. Trump took on Hillary Clinton after the Democratic front-runner
            // had said`, nor `... giving Cruz nine of the delegates. The GOP front-runner`.)
            return names.hasTitle(of: subject) { NameParts.party($0) == party }
              || !names.titlesAnyoneBut(subject, where: { NameParts.party($0) == party })
                && namesAgain(
                  subject: subject, at: mentionSpan.range.lowerBound, contradicting: { NameParts.party($0) != nil })
          }),
          // (`businessman` is not the woman just named.)
          Names.epithetGender(head).map({ names.gender(of: subject) != $0.other }) ?? true
        {
          // `the candidate`, `the billionaire`: how news names again the person it is about,
          // the subject a reader has just met.
          kind = .person
          speaker = subject
        } else {
          kind = .anonymous
          speaker = named.text
        }
      }
      // A number is no person (`42%`, `18% who say`, `6`, `the 46-year-old`): a share of people is
      // a group, anything else someone undescribed. (A live blog's time glued to a name,
      // `12PMTrump`, is the registry's to take apart.)
      // (A share of a party's voters, `75 percent of Democrats`, is a group too.)
      if kind == .person || kind == .organization, let name = speaker, let first = name.unicodeScalars.first,
        ScalarClass.isDigit(first)
      {
        let share = name.contains("%") || name.contains("percent")
        if share {
          kind = .group
        } else if kind == .person, !name.unicodeScalars.contains(where: ScalarClass.isUpper) {
          kind = .anonymous
        }
      }
      // A description that the text names at once (`One of the men, Jessie Elkins, 70, had
      // served ... and said`) is that person.
      // (Not a name the content opens with: `According to an FBI summary, Cheryl Mills sent`.)
      if kind == .anonymous, let person = personNamed(after: mentionSpan.range.upperBound),
        !finding.fragments.contains(where: { $0.contains(mentionSpan.range.upperBound + 2) })
      {
        (kind, speaker) = (.person, person)
      }
      // A weekday is no one's name: `The timeline of events in the Islamist massacre Tuesday in
      // San Bernardino, California, shows` is an unnamed document's. Nor is a month that is no
      // usual given name (`her March comment that` was a person `March`; `May` may be one).
      if kind == .person, let name = speaker, !name.utf8.contains(UInt8(ascii: " ")),
        case let lower = name.lowercased(),
        Words.weekdays.contains(lower) || Words.months.contains(lower) && !GivenNames.isGivenName(lower)
      {
        (kind, speaker) = (.anonymous, named.text)
      }
      // A place that speaks is its government, never a person (`The latest test, North Korea
      // said, was its biggest`), nor whom a later `he` stands for.
      if kind == .person, let name = speaker, Names.namesAPlace(name) { kind = .organization }

      switch kind {
      case .person:
        // (A pronoun no one was found for is left as written, and stands for no one later.)
        if let speaker, !writer, Gender.ofPronoun(speaker.lowercased()) == nil {
          lastPerson = speaker
          lastPersonAt = mentionSpan.range.lowerBound
          // Who asks is not whom a pronoun after the question stands for, as a speaker: `Ryan
          // did not exude confidence when Tapper asked whether ... "...," he said` is Ryan.
          if !finding.cueText.lowercased().hasPrefix("ask") {
            names.spoken.append(Names.Mention(offset: mentionSpan.range.lowerBound, name: speaker))
          }
        }
      case .organization:
        if let speaker {
          lastOrganization = speaker
          lastOrganizationAt = mentionSpan.range.lowerBound
          if Self.isOutletName(words) { lastOutlet = speaker }
          if !organizations.contains(speaker) { organizations.append(speaker) }
        }
      case .group:
        // (A `they` no one was found for stands for no one later either.)
        if let speaker, !speaker.lowercased().isOne(of: "they", "we") {
          lastGroup = speaker
          lastGroupAt = mentionSpan.range.lowerBound
        }
      case .anonymous:
        // `One delegate said ... "...," he said`: an unnamed person a pronoun may stand for.
        // (Only one introduced as unnamed: `the senator` is someone named before. And not who
        // asks: `A reporter asked Sanders ... He replied` is Sanders, as `one questioner claimed
        // ... "You're right," he said` is who answers.)
        // And `"...," said the woman, who did not want to be named. "Too much hate," she said`:
        // the unnamed woman who just spoke, of the gender her noun tells.
        let described = speaker?.lowercased().split(separator: " ").map(String.init) ?? []
        let introduced =
          described.first.map { $0.isOne(of: "a", "an", "one", "another") } == true
          && !finding.cueText.lowercased().hasPrefix("ask")
          && described.last.map { $0.isOne(of: "questioner", "interviewer", "moderator", "reporter", "caller", "host") }
            == false
        let gendered = described.count == 2 && described[0] == "the" ? Names.nounGender(described[1]) : nil
        if let speaker, introduced || gendered != nil {
          names.spoken.append(Names.Mention(offset: mentionSpan.range.lowerBound, name: speaker))
          names.unnamed.insert(speaker)
          if let gendered { names.genders.set(speaker, to: gendered) }
        }
      default: break
      }
      // `Rucker Culpepper, who runs Clinton's get-out-the-vote effort, said`: the clause is the
      // role, and says whose staff speaks (``Statement/principal(ofRole:)``).
      if kind == .person, role == nil, let clause = staffClause(after: mentionSpan.range.upperBound) { role = clause }
      if words.contains(where: Self.isSpokesperson), let speaker,
        kind == .person || kind == .organization
      {
        lastSpokesperson = (speaker, kind, role)
      }
      if let outlet, finding.interview, let speaker {
        interview = (speaker, outlet)
      } else if outlet == nil, let current = interview, let speaker {
        if current.speaker == speaker {
          outlet = current.outlet
        } else if kind == .person || kind == .organization {
          interview = nil
        }
      }
      if let outlet { outletNames.insert(outlet.lowercased()) }
      statements.append(
        Statement(
          speaker: kind == .vague ? nil : speaker, mention: mentionSpan.text, mentionRange: mentionSpan.range,
          speakerKind: kind, cue: finding.cueText, cueRange: cue.range, content: content,
          fragments: finding.fragments, direct: finding.direct, outlet: outlet, role: role))
    }
    return statements
  }

  /// Where each sentence starts, in document order: the tokenizer's sentences (which know an
  /// honorific's or an initial's stop from a sentence's end), as offsets.
  func sentenceStarts() -> [Int] {
    paragraphs.flatMap { paragraph in
      paragraph.sentences.compactMap { $0.isEmpty ? nil : paragraph.tokens[$0.lowerBound].start }
    }
  }

  /// The capitalised word right after a cue (`told Hannity`), whom the statement is told to.
  func addressee(after cue: Range<Int>) -> String? {
    var start = cue.upperBound
    while start < scalars.count, scalars[start] == " " { start += 1 }
    guard start < scalars.count, ScalarClass.isUpper(scalars[start]) else { return nil }
    var end = start
    while end < scalars.count, ScalarClass.isLetter(scalars[end]) { end += 1 }
    return end - start >= 2 ? text(start..<end) : nil
  }

  /// ``appositiveOf(_:words:names:)`` of the description a relative's antecedent ends: `Alfonso
  /// Aguilar, the executive director of the Latino Partnership, who said` is Aguilar, not the
  /// partnership. The description runs from the comma before the antecedent (in its line, with
  /// no sentence's end between) to the antecedent's end.
  func appositiveAround(_ antecedent: Range<Int>, names: Names) -> String? {
    var start = antecedent.lowerBound
    while start > 0, scalars[start - 1] != ",", scalars[start - 1] != "\n", scalars[start - 1] != "." {
      start -= 1
    }
    guard start > 1, scalars[start - 1] == ",", start < antecedent.lowerBound, scalars[start] == " " else {
      return nil
    }
    let description = (start + 1)..<antecedent.upperBound
    let words = PhraseWord.words(of: Span(range: description, text: text(description)), in: scalars)
    return appositiveOf(start + 1, words: words, names: names, relativeAfter: antecedent.upperBound)
  }

  /// The person whose appositive a speaker phrase at `start` is: the phrase opens in lower case
  /// (`chief executive of CloudFlare`, `the president of the union`) and follows, after a comma,
  /// the full name of a person the article names (`Matthew Prince, chief executive of ...`).
  ///
  /// `relativeAfter`: the phrase is a relative's antecedent, ending there (`Lloyd Grove, the Daily Beast
  /// editor who wrote`, `Mr. Guerrero, a Republican who described`). There the name, its comma,
  /// a description and `who` can be read no other way, so any description opening with a
  /// determiner and naming no one else describes the name: 7 such speakers of the PolNeAR texts
  /// were left the description, unnamed.
  func appositiveOf(_ start: Int, words: [PhraseWord], names: Names, relativeAfter end: Int? = nil) -> String? {
    guard start >= 4, scalars[start - 1] == " ", scalars[start - 2] == "," else { return nil }
    let before = Names.countBefore(start, in: names.mentions, \.offset)
    // (Naming no one itself: `Cruz and a protester who said` is a list.)
    let describesTheNameBeforeARelative =
      end.map { end in
        words.first.map { $0.lowerClasses.contains(.determiner) && !$0.lowerClasses.contains(.possessive) } == true
          && before == Names.countBefore(end, in: names.mentions, \.offset)
      } ?? false
    if !describesTheNameBeforeARelative {
      // The role: lower-case words up to `of`, `for` or `at`, ending in a title's word
      // (`chief executive officer`, `the president`), not a description of someone else (`a
      // young woman`, `his son`) nor a phrase naming another person (`former president Bill
      // Clinton`). (A spokesperson is such a role, and a place's compound may describe it: `a
      // Washington-based developer and spokeswoman for the coalition`.)
      let role = words.prefix { !$0.key.isOne(of: "of", "for", "at") }
      guard let head = role.last,
        role.allSatisfy({ !$0.text.startsUppercase || $0.text.contains("-") }),
        head.classes.contains(.title) || Self.isSpokesperson(head),
        !head.key.isOne(of: "the", "and", "in", "on", "by", "state", "former")
      else { return nil }
    }
    guard before > 0 else { return nil }
    let mention = names.mentions[before - 1]
    let name = names.entries[mention.entry].name
    // The name stands whole right before the comma, or before a relative its surname does
    // (`Cruz, a graduate of Harvard Law School who`, `Mr. Guerrero, a Republican who`; not
    // `Clinton, a top aide said, "is very confident"`, where the aide speaks of her).
    let written = text(mention.offset..<(start - 2))
    guard mention.offset < start - 2,
      written == name || end != nil && name.contains(" ") && name.hasSuffix(" " + written),
      !Names.namesAPlace(name), !Names.namesAThing(name)
    else { return nil }
    return name
  }

  /// A group described by a plural of people before `of`, `from`, `in` or `at` (`Relatives of
  /// Tom Ruiz`, `the senators from Ohio and Texas`), the description without its determiners;
  /// nil for anything else. (A body named in that shape, `Friends of the Earth`, is taken for a
  /// group too: never an origin, which errs on the side of saying less.)
  static func groupOf(_ words: [PhraseWord]) -> String? {
    guard let link = words.indices.dropFirst().first(where: { words[$0].key.isOne(of: "of", "from", "in", "at") }),
      link + 1 < words.count
    else { return nil }
    let head = words[link - 1]
    guard head.lowerClasses.contains(.groupHead), head.key.hasSuffix("s") || head.key.hasSuffix("men"),
      words[..<link].enumerated().allSatisfy({ index, word in
        !word.text.startsUppercase || index == 0 || NameParts.party(word.key) != nil
      }),
      !words[0].text.startsUppercase || words[0].lowerClasses.contains(.determiner) || link == 1
    else { return nil }
    return joined(Array(stripDeterminers(words)))
  }

  /// Whether a phrase gives a share of a group (``Words/isShare(_:_:_:)``): `six in 10`, `Two
  /// in three Americans`.
  static func isShare(_ words: [PhraseWord]) -> Bool {
    // `Nearly a third`: a part of a group as the whole phrase (not `the fifth`, an ordinal).
    if words.count >= 2, let last = words.last, Words.partsOfMany.contains(last.key),
      words[words.count - 2].key.isOne(of: "a", "an")
    {
      return true
    }
    return words.indices.dropFirst().dropLast().contains { index in
      Words.isShare(words[index - 1].key, words[index].key, words[index + 1].key)
        // `a majority of Americans`, `half of Republicans`: a part of a group by a word.
        || words[index].key == "of" && Words.partsOfMany.contains(words[index - 1].key)
    }
  }

  /// Where the first `he` (or `she`, by `gender`) stands in `range`, outside quotations.
  func firstPronoun(_ gender: Names.Gender, in range: Range<Int>) -> Int? {
    for paragraph in paragraphs {
      guard let first = paragraph.tokens.first, let last = paragraph.tokens.last, first.start < range.upperBound,
        last.end > range.lowerBound
      else { continue }
      for (index, token) in paragraph.tokens.enumerated() where range.contains(token.start) {
        guard token.isWord, paragraph.quoteOf[index] == nil else { continue }
        if gender == .male ? token.lower == "he" : token.lower == "she" { return token.start }
      }
    }
    return nil
  }

  /// Whether the name at `offset` follows a comma: it may open the clause a pronoun before it
  /// stands for (`Though he lost, Ann Lee said`).
  func followsAComma(_ offset: Int) -> Bool {
    let index = skippingSpaces(before: offset)
    return index > 0 && scalars[index - 1] == ","
  }

  /// Whether a phrase is `the` and two or more capitalised words, none a person's title or role,
  /// a usual given name or a party (`The American Legion`, `The Young Turks`): a body's name, for
  /// a person's follows `the` only after a title (`the Rev. Al Sharpton`) or a description (`the
  /// Republican Donald Trump`).
  static func namesABodyAfterThe(_ words: [PhraseWord]) -> Bool {
    words.count >= 3 && words[0].key == "the"
      && words.dropFirst().allSatisfy { word in
        word.text.startsUppercase && !Words.personRoles.contains(word.key) && !Words.personRoles.contains(word.lower)
          && !GivenNames.isGivenName(word.key) && !word.isPossessive
          // (A party's name goes on to a body's: `The Democratic National Convention`.)
          && (NameParts.party(word.key) == nil || word.key != words[words.count - 1].key)
      }
  }

  /// Whether the words before a name describe someone by whom they serve or back: an aide's
  /// or a group's word and `to`, `for` or `of` (`a longtime adviser to`, `a friend of`, `a
  /// member of`, `one of the former prosecutors for`; not a spokesperson's, who speaks as the
  /// one they speak for), or a participle taking the name as
  /// its object (`an unpledged delegate supporting`, `a donor backing`), not one that is a
  /// title's adjective (`acting`).
  static func describedByWhomTheyServe(_ role: ArraySlice<PhraseWord>) -> Bool {
    if let link = role.lastIndex(where: { $0.key.isOne(of: "to", "for", "of") }), link > role.startIndex,
      role[link - 1].lowerClasses.contains(.anonymousHead) || role[link - 1].lowerClasses.contains(.groupHead)
        || Words.sentTo.contains(role[link - 1].key),
      !Words.spokesWords.contains(role[link - 1].key)
    {
      return true
    }
    // (After the noun it describes: `a still-struggling HP`, `the thriving Apple` are no backers.)
    guard let verb = role.lastIndex(where: { $0.text.startsLowercase }), verb > role.startIndex else { return false }
    let (word, noun) = (role[verb].key, role[verb - 1])
    return word.count > 6 && word.hasSuffix("ing") && !Words.titleParticiples.contains(word)
      && noun.text.startsLowercase && !noun.lowerClasses.contains(.determiner) && !noun.key.hasSuffix("ly")
      && role[(verb + 1)...].allSatisfy { $0.classes.contains(.title) || $0.lowerClasses.contains(.title) }
  }

  /// `While civil rights groups praised the plan, they said`, `As Ruiz and Lee toured the
  /// port, they were cheered, they said`: the plural subject of the clause that opens the
  /// sentence is who a `they` after it is (the last group that spoke was someone else): two
  /// names joined by `and`, or words in lower case up to a plural of people.
  func openingClauseSubject(before offset: Int, sentenceStart: Int) -> String? {
    guard sentenceStart < offset else { return nil }
    let words = PhraseWord.words(of: Span(range: sentenceStart..<offset, text: ""), in: scalars)
    guard words.count >= 4, words[0].key.isOne(of: "while", "as", "when", "after", "although", "though", "because"),
      let comma = words.firstIndex(where: { $0.text.hasSuffix(",") })
    else { return nil }
    // Two names: `Ruiz and Lee`, `Gary Johnson and Bill Weld`.
    var end = 1
    while end < comma, words[end].text.startsUppercase { end += 1 }
    if end > 1, end + 1 < comma, words[end].key == "and", words[end + 1].text.startsUppercase {
      end += 1
      while end < comma, words[end].text.startsUppercase { end += 1 }
      return Self.joined(words[1..<end])
    }
    // Words in lower case up to a plural of people: `civil rights groups`.
    guard
      let head = words[1..<comma].prefix(4).firstIndex(where: {
        $0.classes.contains(.groupHead) && $0.key.hasSuffix("s")
      }),
      words[1..<head].allSatisfy({ !$0.text.startsUppercase })
    else { return nil }
    return Self.joined(Self.stripDeterminers(Array(words[1...head])))
  }

  /// The plural of people (or of bodies) last in `range` that a verb follows as its subject:
  /// whom a `they` after it stands for (`The national unions are aware of ... But they
  /// maintain`, `her potential Republican rivals have called for ... what they say`), with the
  /// words that describe it and without its determiner.
  func pluralSubject(in range: Range<Int>) -> String? {
    guard range.lowerBound < range.upperBound else { return nil }
    let words = PhraseWord.words(of: Span(range: range, text: ""), in: scalars)
    /// A verb after the plural, an adverb or two between (`Democrats also focused`).
    func verbFollows(_ index: Int) -> Bool {
      var next = index + 1
      while next < words.count, next - index <= 2, words[next].key.isOne(of: "also", "still", "now", "often", "all") {
        next += 1
      }
      guard next < words.count else { return false }
      let verb = words[next].key
      return Self.pluralAuxiliaries.contains(verb) || (verb.hasSuffix("ed") && verb.count > 4)
        || CueLexicon.forms[verb]?.form == .base
    }
    for head in words.indices.dropLast().reversed() {
      let word = words[head]
      // (Or a name in the plural after `the` before a plural verb: `the Brujas have found`.)
      let namedPlural =
        head > 0 && words[head - 1].key == "the" && word.text.startsUppercase && !word.key.hasSuffix("ss")
        && words[head + 1].key.isOne(of: "have", "are", "were", "do")
      guard word.classes.contains(.groupHead) || namedPlural, word.text == word.bare, word.key.hasSuffix("s"),
        !Self.pluralDeterminers.contains(word.key), verbFollows(head)
      else { continue }
      // Its describing words back to its determiner: none that ends a clause or is a noun, a
      // verb or a link (`Former prosecutors said investigators were`, `half of what
      // researchers say` are not the plural's).
      var start = head
      while start > 0, head - start < 3, case let before = words[start - 1], before.text == before.bare,
        !Self.pluralDeterminers.contains(before.key), !before.lowerClasses.contains(.preposition),
        !before.classes.contains(.groupHead), !Self.pluralAuxiliaries.contains(before.key),
        CueLexicon.forms[before.key] == nil,
        !before.key.isOne(of: "and", "or", "but", "that", "who", "which", "what", "as", "when", "while", "if", "than")
      {
        start -= 1
      }
      // (Not the object of a preposition, unless the preposition describes a plural before it:
      // `members within both unions criticized` are the members.)
      var link = start - 1
      if link >= 0, Self.pluralDeterminers.contains(words[link].key) { link -= 1 }
      if link >= 0,
        words[link].lowerClasses.contains(.preposition)
          || words[link].key.isOne(of: "of", "within", "among", "from", "for", "with", "by", "to", "at", "in", "on")
      {
        if link > 0, words[link - 1].classes.contains(.groupHead), words[link - 1].key.hasSuffix("s"),
          words[link - 1].text == words[link - 1].bare, link == 1 || !words[link - 2].key.isOne(of: "of", "for")
        {
          return Self.joined(words[(link - 1)...head])
        }
        continue
      }
      return Self.joined(words[start...head])
    }
    return nil
  }

  /// A verb's helpers after a plural subject: the lexicon's modals and forms of `be`, `have`,
  /// `do`.
  static let pluralAuxiliaries = SentenceWords.modals.union(SentenceWords.beForms).union([
    "have", "had", "do", "did",
  ])
  /// What opens a plural's phrase: the lexicon's determiners and possessives, `both`, `all`.
  static let pluralDeterminers = Words.determiners.union(SentenceWords.possessives).union(["both", "all"])

  /// Whether the cue is a verb's plain form (`say`, `argue`) right after the subject at `range`:
  /// the verb of a plural subject, for a third person's takes `-s`.
  func takesAPluralVerb(_ range: Range<Int>, cue: Span) -> Bool {
    guard cue.range.lowerBound > range.upperBound,
      scalars[range.upperBound..<cue.range.lowerBound].allSatisfy(ScalarClass.isSpace)
    else { return false }
    let verb = cue.text.prefix { !ScalarClass.isSpace($0.unicodeScalars.first!) }.lowercased()
    return CueLexicon.forms[verb]?.form == .base
  }

  /// Where the text before `offset` ends once the spaces just before it are passed over.
  private func skippingSpaces(before offset: Int) -> Int {
    var index = offset
    while index > 0, scalars[index - 1] == " " { index -= 1 }
    return index
  }

  /// Whether a word before a party's name describes its member rather than naming anyone: any
  /// word in lower case (`a`, `some`, `former`) or a capitalised one that is no usual given name
  /// (`The`, `New Hampshire`).
  static func describesAPartyMember(_ word: PhraseWord) -> Bool {
    !word.text.startsUppercase || !GivenNames.isGivenName(word.key)
  }

  /// Whether the text writes `word` in lower case somewhere (a common word, not a name's).
  /// Looked for token by token, bytes against bytes: asked only of a guess no name displaced, a
  /// few times an article, where a set of every word in lower case cost a tenth of extracting.
  func writtenInLowerCase(_ word: Substring) -> Bool {
    let lowered = word.lowercased()
    return paragraphs.contains { paragraph in
      paragraph.tokens.contains { $0.isWord && !$0.capitalized && $0.lower.isEqual(to: lowered) }
    }
  }

  /// Whether the run of capitalised words at `offset` ends in a possessive (`Carson’s`).
  func isPossessive(_ offset: Int) -> Bool {
    let index = endOfCapitals(at: offset)
    return index + 1 < scalars.count && (scalars[index] == "’" || scalars[index] == "'") && scalars[index + 1] == "s"
  }

  /// Whether the run of capitalised words at `offset` asks someone named (`Tapper asked
  /// Rollins`, `Dunford, recently asked Admiral Harris`): an interviewer, whom the pronoun or
  /// the epithet after the question is not (`He said they were wrong` is Rollins). Asking a
  /// crowd is no interview.
  func asksSomeone(_ offset: Int) -> Bool {
    var index = endOfCapitals(at: offset)
    // (`Gen. Joseph F. Dunford Jr., recently asked`: an adverb, set off or not, before the verb.)
    if index < scalars.count, scalars[index] == "," { index += 1 }
    var verb = ""
    while verb.isEmpty || verb.endsWith("ly") {
      guard index < scalars.count, scalars[index] == " " else { return false }
      index += 1
      verb = ""
      while index < scalars.count, ScalarClass.isLetter(scalars[index]) {
        verb.unicodeScalars.append(scalars[index])
        index += 1
      }
    }
    guard verb.isOne(of: "asked", "asks", "pressed", "questioned", "quizzed", "interviewed"), index + 1 < scalars.count,
      scalars[index] == " "
    else { return false }
    // (Not `asked her to call`: a request's asker often goes on speaking.)
    return ScalarClass.isUpper(scalars[index + 1])
  }

  /// Whether `text` names the person `name` as one speaks of another: its last word, whole,
  /// after a title or an honorific (`Senator Sanders's message`, `Mr. Hale`). A bare surname may
  /// be the speaker's own name in a compound (`Trump supporters`, `Trump Tower`), their name as
  /// others say it, or whom they address.
  static func namesByTitle(_ name: String, in text: String) -> Bool {
    guard let surname = name.split(separator: " ").last, surname.count > 1 else { return false }
    var rest = text[...]
    while let found = rest.range(of: surname) {
      rest = text[found.upperBound...]
      var head = text[..<found.lowerBound]
      if let after = rest.first, after.isLetter { continue }
      if let before = head.last, before.isLetter { continue }
      while head.last == " " { head = head.dropLast() }
      var start = head.endIndex
      while start > head.startIndex, head[head.index(before: start)].isLetter || head[head.index(before: start)] == "."
      {
        start = head.index(before: start)
      }
      let title = head[start...]
      if title.first?.isUppercase == true, Words.titles.contains(title.lowercased()) { return true }
    }
    return false
  }

  /// Whether reported speech opens with the person `name` as its subject, after at most a
  /// linking word and its comma (`Also, Trump isn't a conservative, he said`): the person it
  /// speaks of, whom its pronoun speaker, just after someone else spoke, does not stand for.
  /// The name, full or its last word, is followed by a lower-case word, so that `Trump Tower`
  /// or `Clinton's campaign` name no one.
  static func opensWithName(_ name: String, _ content: String) -> Bool {
    var words = content.split(separator: " ", omittingEmptySubsequences: true)[...]
    if let first = words.first, first.count > 1, first.hasSuffix(","), first.dropLast().allSatisfy(\.isLetter) {
      words = words.dropFirst()
    }
    let surname = name.split(separator: " ").last.map(String.init) ?? name
    for form in Set([name, surname]) {
      let formWords = form.split(separator: " ")
      guard words.count > formWords.count, words.prefix(formWords.count).elementsEqual(formWords) else { continue }
      let next = words[words.startIndex + formWords.count]
      if next.first?.isLowercase == true { return true }
    }
    return false
  }

  /// Two people a phrase names with `and` between them, in full (`Mr. Autor and Mr. Hanson` →
  /// `David Autor and Gordon Hanson`, `Thomas Covert of the University of Chicago and Professor
  /// Knittel`): each side a full name, or a surname the article named in full before `offset`.
  /// Nil when either side is no person (`Georgia and Virginia`, `the Organization for Economic
  /// Cooperation and Development`).
  func couple(_ words: [PhraseWord], before offset: Int, names: Names) -> String? {
    guard let and = words.firstIndex(where: { $0.key == "and" }), and > 0, and < words.count - 1,
      words.lastIndex(where: { $0.key == "and" }) == and
    else { return nil }
    func person(_ side: ArraySlice<PhraseWord>) -> String? {
      // (Where a person is from is not their name: `John Boozman of Arkansas`.)
      let core = Array(side.prefix { $0.key != "of" })
      guard !core.isEmpty else { return nil }
      let (name, _) = Self.personName(core)
      guard !name.isEmpty, name.allSatisfy(\.text.startsUppercase),
        !name.contains(where: { $0.classes.contains(.organization) || Self.isAcronym($0.bare) })
      else { return nil }
      if name.count == 1 {
        let honorific = name.startIndex > 0 ? Gender.ofHonorific(core[name.startIndex - 1].key) : nil
        return names.fullName(forSurname: name[name.startIndex].bare, before: offset, gender: honorific)
      }
      let full = name.map(\.bare).joined(separator: " ")
      return Names.isPersonsName(full) ? full : nil
    }
    guard let first = person(words[..<and]), let second = person(words[(and + 1)...]), first != second else {
      return nil
    }
    return first + " and " + second
  }

  /// The person a spokesperson's principal names, if it is one: a full name after any titles
  /// (`House Speaker Paul Ryan` → `Paul Ryan`), or a surname, alone or after a title, of a person
  /// the article named in full before (`fullName`: `Cameron` → `David Cameron`).
  static func principalPerson(_ principal: String, fullName: (String) -> String?) -> String? {
    let words = principal.split(separator: " ").map(String.init)
    for start in words.indices {
      let before = words[..<start]
      guard before.isEmpty || Words.titles.contains(before.last!.lowercased()) else { continue }
      let rest = words[start...]
      // (Capitals throughout: `Clinton campaign` is the campaign's.)
      guard rest.allSatisfy(\.startsUppercase) else { return nil }
      if rest.count >= 2, Names.isPersonsName(rest.joined(separator: " ")) { return rest.joined(separator: " ") }
      if rest.count == 1, let full = fullName(rest[rest.startIndex]) { return full }
    }
    return nil
  }

  /// Whether the name at `offset` is a preposition's object (`by Mr. Trump`, `of Sanders`,
  /// `between Cruz and`): inside a statement's words, whom it speaks of, not its speaker. (A
  /// name that is the reported clause's subject may be the speaker's own: `Ms. Nwanguma was
  /// shocked ..., she said`.) `agent` counts a passive's `by` too, whose object does the deed.
  func followsAPreposition(_ offset: Int, agent: Bool = true) -> Bool {
    var index = offset
    func previousWord() -> String {
      index = skippingSpaces(before: index)
      var word = String.UnicodeScalarView()
      while index > 0, ScalarClass.isLetter(scalars[index - 1]) || scalars[index - 1] == "." {
        index -= 1
        word.insert(scalars[index], at: word.startIndex)
      }
      return String(word).lowercased()
    }
    var word = previousWord()
    // (Past an honorific or a title: `by Mr. Trump`, `of Sen. Cruz`.)
    if word.hasSuffix(".") { word = previousWord() }
    if !agent, word == "by" { return false }
    return SentenceWords.prepositions.contains(word) || word == "of" || word == "between"
  }

  /// The person an appositive right after `end` names (`, Jessie Elkins,`): a run of capitals
  /// between commas, shown to be a person's name by a usual given name.
  func personNamed(after end: Int) -> String? {
    guard end + 2 < scalars.count, scalars[end] == ",", scalars[end + 1] == " ", ScalarClass.isUpper(scalars[end + 2])
    else { return nil }
    let stop = endOfCapitals(at: end + 2)
    guard stop < scalars.count, scalars[stop] == "," else { return nil }
    let name = text((end + 2)..<stop)
    return Names.isPersonsName(name) ? name : nil
  }

  /// Where the run of capitalised words (and initials' stops) starting at `offset` ends.
  private func endOfCapitals(at offset: Int) -> Int {
    var index = offset
    while index < scalars.count {
      if ScalarClass.isLetter(scalars[index]) || scalars[index] == "." || scalars[index] == "-" {
        index += 1
      } else if scalars[index] == " ", index + 1 < scalars.count, ScalarClass.isUpper(scalars[index + 1]) {
        index += 1
      } else {
        break
      }
    }
    return index
  }

  /// Whether a description set off after `offset` (`, a British newspaper`, `, the Canadian mining
  /// company`) calls what it follows an organisation: the head of its noun phrase after `a`, `an`
  /// or `the` (its last word before a mark, a preposition or `of`, a relative or a participle, as
  /// ``describesAPerson(around:in:)`` reads a person's description), in lower case, is a noun
  /// for one (`, a columnist for the Italian newspaper ...` is a columnist's).
  func describedAsAnOrganisation(after offset: Int) -> Bool {
    guard let words = clause(after: offset), let first = words.first, first.lower.isOne(of: "a", "an", "the") else {
      return false
    }
    let phrase = words.dropFirst().enumerated().prefix { index, word in
      !word.lowerClasses.contains(.preposition) && !word.lower.isOne(of: "of", "who", "whose", "that", "which")
        && !(index >= 1 && word.lower.hasSuffix("ing"))
    }
    guard let head = phrase.last?.element else { return false }
    return head.text.startsLowercase && Self.namesAnOrganisation(head.lower)
  }

  /// The words of the clause that a comma at `offset` opens (`, a British newspaper,`, `, who
  /// runs ...`), up to the next mark that ends it; an abbreviation's stop stays inside (`who
  /// leads Mr. Obama's council`).
  func clause(after offset: Int) -> [PhraseWord]? {
    guard offset + 2 < scalars.count, scalars[offset] == ",", scalars[offset + 1] == " " else { return nil }
    var end = offset + 2
    while end < scalars.count, !",;:!?\n()\"“”".unicodeScalars.contains(scalars[end]) {
      if scalars[end] == "." {
        var start = end
        while start > offset, ScalarClass.isLetter(scalars[start - 1]) { start -= 1 }
        guard SentenceWords.abbreviations.contains(text(start..<end).lowercased()) || end - start == 1 else { break }
      }
      end += 1
    }
    let range = (offset + 2)..<end
    return PhraseWord.words(of: Span(range: range, text: text(range)), in: scalars)
  }

  /// The relative clause after a name at `offset` that puts the person in a post now (`, who
  /// runs ...`, `, who works for ...`), without its `who`.
  func staffClause(after offset: Int) -> String? {
    guard let words = clause(after: offset), words.count >= 3, words[0].key == "who",
      words[1].key.isOne(of: "runs", "leads", "heads", "directs", "manages", "advises", "oversees", "chairs")
        || (words[1].key == "works" && words[2].key == "for")
    else { return nil }
    return words.dropFirst().map(\.text).joined(separator: " ")
  }

  /// Whether `itself` follows the phrase that ends at `offset` (`Ford itself said`): a thing's
  /// pronoun, a body's, never a person's.
  func isStressedAsAThing(endingAt offset: Int) -> Bool {
    let word = Self.spaceAndItself
    guard offset + word.count <= scalars.count, scalars[offset..<(offset + word.count)].elementsEqual(word) else {
      return false
    }
    return offset + word.count == scalars.count || !ScalarClass.isLetter(scalars[offset + word.count])
  }

  /// ` itself`, as the text's code points (asked after every one-word person speaker).
  private static let spaceAndItself: [Unicode.Scalar] = [" ", "i", "t", "s", "e", "l", "f"]

  /// Whether the word that ends at `offset` goes on as a web address (`Tchadinfos.com`).
  func namesAWebsite(endingAt offset: Int) -> Bool {
    guard offset + 3 < scalars.count, scalars[offset] == "." else { return false }
    let suffix = ScalarClass.lowercased(scalars[(offset + 1)...(offset + 3)])
    let after = offset + 4 < scalars.count ? scalars[offset + 4] : " "
    return suffix.isOne(of: "com", "org", "net") && !ScalarClass.isLetter(after)
  }

  /// Whether a description's head names a body or a document, never a person: what an `it`
  /// after it can stand for (`the company`, `the staff letter`, `The lawsuit`).
  static func describesAThing(_ head: String) -> Bool {
    namesAnOutlet(head) || namesAnOrganisation(head) || Words.organizationWords.contains(head)
      || documents.contains(head) || thingHeads.contains(head)
  }

  /// Bodies and papers a text describes without naming who runs or wrote them, beside the
  /// outlets, organisations and documents the lexicon lists.
  private static let thingHeads: Set<String> = [
    "city", "state", "county", "panel", "letter", "statement", "email", "lawsuit", "suit", "complaint", "editorial",
    "article", "ad", "advertisement", "video", "book", "filing", "release", "ruling", "opinion", "document", "site",
    "page",
  ]

  /// Whether a noun names a news outlet a text names again (`the newspaper`, `the network`).
  static func namesAnOutlet(_ noun: String) -> Bool {
    noun.isOne(of: "newspaper", "paper", "magazine", "network", "broadcaster", "tabloid", "website", "outlet")
  }

  /// Whether a noun for what something is makes it an organisation (`newspaper`, `firm`).
  static func namesAnOrganisation(_ noun: String) -> Bool {
    noun.isOne(of: "newspaper", "magazine", "network", "broadcaster", "agency", "company", "firm", "website")
  }

  func text(_ range: Range<Int>) -> String {
    ScalarClass.string(scalars[range])
  }
}
