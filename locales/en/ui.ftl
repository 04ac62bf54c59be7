# Labels and headings of every report, in English.
# Ids are the same in ru/ui.ftl and kk/ui.ftl (a test checks it).

ui-commentary-title = Commentary on { $name }
ui-table-title = Comparative table: { $name }
ui-unnamed-act = two versions of a text
ui-draft-note = Draft commentary prepared from a comparison of two versions. Complete each recommendation before submitting.
ui-act = Act
ui-versions-compared = Versions compared
ui-version-old = Current wording
ui-version-new = Proposed wording
ui-wording-before = Wording before the changes
ui-wording-after = Wording after the changes
ui-version = Version
ui-date = Date
ui-stage = Stage
ui-source = Source
ui-summary = Summary
ui-change = Change
ui-provisions = Provisions
ui-total = Total
ui-findings-count = { $n ->
    [one] { $n } finding
   *[other] { $n } findings
}
ui-changes-count = { $n ->
    [one] { $n } change
   *[other] { $n } changes
}
ui-findings-by-severity = Findings by severity: { $list }.
ui-key-changes = Key changes
ui-penalty-changes = Penalty changes
ui-no-penalty-changed = No penalty changed.
ui-vague-terms-introduced = Vague terms introduced
ui-no-vague-term = No vague term introduced.
ui-concerning-changes = Concerning changes
ui-no-concern = No change raised a concern.
ui-other-changes = Other changes
ui-other-in-full = Changes that raised no concern, in full.
ui-other-one-per-row = Changes that raised no concern, one per row.
ui-provision = Provision
ui-notes = Notes
ui-penalty = Penalty
ui-old-value = Was
ui-new-value = Now
ui-factor = Factor
ui-tenge = Tenge
ui-old-text = Current wording
ui-new-text = Proposed wording
ui-redline = Changes (deleted words struck through, inserted words marked)
ui-text = Text
ui-wording-unchanged = The wording is unchanged.
ui-repealed-by = Repealed by { $by }.
ui-editorial-only = Only the editorial notes changed; the wording did not.
ui-amending-acts = Amending acts named: { $acts }.
ui-note-removed = Note removed
ui-note-added = Note added
ui-finding = Finding
ui-category = Category
ui-words = Words
ui-why = Why it matters
ui-standard = Standard
ui-standards = Standards
ui-recommendation = Recommendation
ui-placeholder = [To be completed: what the provision should say instead, or why it should be withdrawn.]
ui-references = References
ui-see-reference = see [{ $n }]
ui-sources = Sources
ui-sources-note = Where each text was read from (file and lines in the statute repository).
ui-lines = lines { $first }–{ $last }
ui-line = line { $first }
ui-not-expression = The provision does not regulate expression, media or information: the penalty change is noted for completeness, and free-expression standards do not apply to it.
ui-formerly = formerly { $citation }
ui-none = none
ui-no-changes = no changes
ui-times = { $factor } times
ui-factor-note = ×{ $factor } of the maximum
ui-tenge-at = { $old } → { $new } tenge at the MCI of { $old_year } and { $new_year }
ui-tenge-same-year = { $old } → { $new } tenge at the MCI of { $year }
ui-up-to = up to { $amount }
ui-for-life = for life
ui-on-subject = { $sanction } on { $subject }
ui-no-key-change = No key change: no finding of high severity, nor of medium severity on a provision concerning expression.
ui-key-changes-more = { $n ->
    [one] And { $n } more among the changes below.
   *[other] And { $n } more among the changes below.
}
ui-more-findings = { $n ->
    [one] { $n } more finding
   *[other] { $n } more findings
}
ui-summary-line = { $changes }: { $kinds }; { $findings }
ui-summary-kind = { $n } { $kind }
ui-concerns-expression = Concerns expression.
ui-concerns-expression-on = Concerns expression ({ $concepts }).
ui-not-about-expression = Does not concern expression: penalties here carry no free-expression rationale.
ui-rank = Rank { $n }.
ui-diff-title = Changes in { $name }
ui-two-files = two files
ui-from = From
ui-to = To
ui-diff-old-text = Old text
ui-diff-new-text = New text
ui-diff-redline = Redline
ui-findings = Findings
col-number = No.
col-unit = Structural unit
col-current = Current wording
col-proposed = Proposed wording
col-comment = Comment

change-added = added
change-removed = removed
change-amended = amended
change-renumbered = renumbered
change-moved = moved
change-split = split
change-merged = merged
change-repealed = repealed
change-editorial = editorial
change-moved-from = moved from { $from } to { $to }

severity-high = high
severity-medium = medium
severity-low = low
severity-info = info

stage-draft = draft
stage-first-reading = first reading
stage-second-reading = second reading
stage-adopted = adopted
stage-signed = signed
stage-in-force = in force
stage-repealed = repealed

subject-any = anyone
subject-individuals = individuals
subject-officials = officials
subject-small-business = small businesses
subject-medium-business = medium-sized businesses
subject-large-business = large businesses
subject-non-commercial = non-commercial organisations
subject-legal-entities = legal entities

sanction-fine = fine
sanction-correctional-works = correctional works
sanction-community-service = community service
sanction-arrest = arrest
sanction-restriction-of-liberty = restriction of liberty
sanction-imprisonment = imprisonment
sanction-death-penalty = death penalty
sanction-confiscation = confiscation
sanction-deprivation-of-right = deprivation of the right to hold positions or engage in activity
sanction-citizenship-deprivation = deprivation of citizenship
sanction-expulsion = expulsion
sanction-licence-revocation = licence revocation
sanction-outlet-suspension = suspension of the outlet
sanction-outlet-ban = ban of the outlet
sanction-activity-suspension = suspension of activity
sanction-activity-ban = ban of activity
sanction-warning = warning

unit-mci = MCI
unit-tenge = tenge
unit-sum-multiple = times the sum
unit-hours = { $n ->
    [one] hour
   *[other] hours
}
unit-days = { $n ->
    [one] day
   *[other] days
}
unit-months = { $n ->
    [one] month
   *[other] months
}
unit-years = { $n ->
    [one] year
   *[other] years
}

category-emergency-powers = emergency powers
category-falsity-standard = a "falsity" standard
category-incitement-without-intent = incitement without intent
category-open-ended-limitation = open-ended limitation
category-open-ended-list = open-ended list
category-subjective-offence = subjective offence
category-unbounded-discretion = unbounded discretion
category-undefined-category = undefined category
category-undefined-harm = undefined harm
category-undefined-state-interest = undefined state interest
category-penalty = penalty
category-scope = scope
category-definition = definition
category-cross-reference = cross-reference
category-intent = intent
category-conduct = conduct
category-restriction = restriction
category-vague-term = vague term

concept-information = information
concept-media = mass media
concept-broadcasting = broadcasting
concept-online = online platforms
concept-journalists = journalists
concept-accreditation = accreditation
concept-publication = publication
concept-speech-offence = an offence of expression
concept-assembly = assembly
concept-opinion = opinion
concept-dissemination = dissemination
concept-advertising = advertising
concept-fiscal = taxes and fees
concept-family = family
concept-technical = technical rules
