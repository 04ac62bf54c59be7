# Барлық есептердің жазулары мен тақырыптары қазақ тілінде.
# Идентификаторлар en/ui.ftl және ru/ui.ftl файлдарымен бірдей (тест тексереді).

ui-commentary-title = Түсініктеме: { $name }
ui-table-title = Салыстырмалы кесте: { $name }
ui-unnamed-act = мәтіннің екі редакциясы
ui-draft-note = Түсініктеменің жобасы екі редакцияны салыстыру бойынша дайындалды. Жібермес бұрын әр ұсынымды толықтырыңыз.
ui-act = Акт
ui-versions-compared = Салыстырылатын редакциялар
ui-version-old = Қолданыстағы редакция
ui-version-new = Ұсынылатын редакция
ui-wording-before = Өзгерістерге дейінгі редакция
ui-wording-after = Өзгерістерден кейінгі редакция
ui-version = Редакция
ui-date = Күні
ui-stage = Сатысы
ui-source = Дереккөз
ui-summary = Шолу
ui-change = Өзгеріс
ui-provisions = Құрылымдық элементтер
ui-total = Барлығы
ui-findings-count = { $n ->
    [one] { $n } ескерту
   *[other] { $n } ескерту
}
ui-changes-count = { $n ->
    [one] { $n } өзгеріс
   *[other] { $n } өзгеріс
}
ui-findings-by-severity = Маңыздылығы бойынша ескертулер: { $list }.
ui-key-changes = Негізгі өзгерістер
ui-penalty-changes = Санкциялардың өзгерістері
ui-no-penalty-changed = Санкциялар өзгерген жоқ.
ui-vague-terms-introduced = Енгізілген айқын емес терминдер
ui-no-vague-term = Айқын емес термин енгізілген жоқ.
ui-concerning-changes = Алаңдаушылық туғызатын өзгерістер
ui-no-concern = Ешбір өзгеріс алаңдаушылық туғызбайды.
ui-other-changes = Басқа өзгерістер
ui-other-in-full = Ескерту туғызбаған өзгерістер толық.
ui-other-one-per-row = Ескерту туғызбаған өзгерістер, әр жолда біреуден.
ui-provision = Құрылымдық элемент
ui-notes = Ескертпелер
ui-penalty = Санкция
ui-old-value = Болды
ui-new-value = Қазір
ui-factor = Коэффициент
ui-tenge = Теңге
ui-old-text = Қолданыстағы редакция
ui-new-text = Ұсынылатын редакция
ui-redline = Өзгерістер (алынып тасталған сөздер сызылған, жаңалары белгіленген)
ui-text = Мәтін
ui-wording-unchanged = Редакциясы өзгерген жоқ.
ui-repealed-by = { $by } сәйкес күшін жойды.
ui-editorial-only = Тек редакциялық ескертпелер өзгерді; мәтін бұрынғыдай.
ui-amending-acts = Өзгертетін актілер: { $acts }.
ui-note-removed = Ескертпе алынып тасталды
ui-note-added = Ескертпе қосылды
ui-finding = Ескерту
ui-category = Санаты
ui-words = Сөздер
ui-why = Негіздеме
ui-standard = Стандарт
ui-standards = Стандарттар
ui-recommendation = Ұсыным
ui-placeholder = [Толықтыру: норма қандай редакцияда болуы керек немесе оны неге алып тастау керек.]
ui-references = Халықаралық стандарттар
ui-see-reference = қараңыз [{ $n }]
ui-sources = Дереккөздер
ui-sources-note = Әр мәтін қайдан оқылды (актілер репозиторийіндегі файл мен жолдар).
ui-lines = { $first }–{ $last } жолдар
ui-line = { $first } жол
ui-not-expression = Норма пікір білдіруді, БАҚ-ты немесе ақпаратты реттемейді: санкцияның өзгерісі толықтық үшін атап өтілді, сөз бостандығы стандарттары оған қолданылмайды.
ui-formerly = бұрынғы { $citation }
ui-none = жоқ
ui-no-changes = өзгеріс жоқ
ui-times = { $factor } есе
ui-factor-note = ең жоғарғысы бойынша ×{ $factor }
ui-tenge-at = { $old_year } және { $new_year } жылдардың АЕК бойынша { $old } → { $new } теңге
ui-tenge-same-year = { $year } жылғы АЕК бойынша { $old } → { $new } теңге
ui-up-to = { $amount } дейін
ui-for-life = өмір бойы
ui-on-subject = { $sanction } ({ $subject })
ui-no-key-change = Негізгі өзгерістер жоқ: жоғары маңызды ескертулер де, пікір білдіруге қатысты нормаларға орташа маңызды ескертулер де жоқ.
ui-key-changes-more = { $n ->
    [one] Және төмендегі өзгерістер арасында тағы { $n }.
   *[other] Және төмендегі өзгерістер арасында тағы { $n }.
}
ui-more-findings = { $n ->
    [one] тағы { $n } ескерту
   *[other] тағы { $n } ескерту
}
ui-summary-line = { $changes } ({ $kinds }); { $findings }
ui-summary-kind = { $kind }: { $n }
ui-concerns-expression = Норма пікір білдіруге қатысты.
ui-concerns-expression-on = Норма пікір білдіруге қатысты ({ $concepts }).
ui-not-about-expression = Норма пікір білдіруге қатысты емес: сөз бостандығы стандарттары санкцияның өзгерісіне қолданылмайды.
ui-rank = Рейтингтегі орны: { $n }.
ui-diff-title = Өзгерістер: { $name }
ui-two-files = екі файл
ui-from = Бұрын
ui-to = Қазір
ui-diff-old-text = Бұрынғы редакция
ui-diff-new-text = Жаңа редакция
ui-diff-redline = Өзгерістер
ui-findings = Ескертулер
col-number = №
col-unit = Құрылымдық элемент
col-current = Қолданыстағы редакция
col-proposed = Ұсынылатын редакция
col-comment = Түсініктеме

change-added = қосылды
change-removed = алынып тасталды
change-amended = өзгертілді
change-renumbered = нөмірі өзгертілді
change-moved = көшірілді
change-split = бөлінді
change-merged = біріктірілді
change-repealed = күшін жойды
change-editorial = редакциялық түзету
change-moved-from = { $from } бастап { $to } көшірілді

severity-high = жоғары
severity-medium = орташа
severity-low = төмен
severity-info = назарға

stage-draft = жоба
stage-first-reading = бірінші оқылым
stage-second-reading = екінші оқылым
stage-adopted = қабылданды
stage-signed = қол қойылды
stage-in-force = қолданыстағы редакция
stage-repealed = күшін жойды

subject-any = кез келген тұлға
subject-individuals = жеке тұлғалар
subject-officials = лауазымды адамдар
subject-small-business = шағын кәсіпкерлік субъектілері
subject-medium-business = орта кәсіпкерлік субъектілері
subject-large-business = ірі кәсіпкерлік субъектілері
subject-non-commercial = коммерциялық емес ұйымдар
subject-legal-entities = заңды тұлғалар

sanction-fine = айыппұл
sanction-correctional-works = түзеу жұмыстары
sanction-community-service = қоғамдық жұмыстар
sanction-arrest = қамаққа алу
sanction-restriction-of-liberty = бас бостандығын шектеу
sanction-imprisonment = бас бостандығынан айыру
sanction-death-penalty = өлім жазасы
sanction-confiscation = тәркілеу
sanction-deprivation-of-right = лауазым атқару немесе қызметпен айналысу құқығынан айыру
sanction-citizenship-deprivation = азаматтықтан айыру
sanction-expulsion = шығарып жіберу
sanction-licence-revocation = лицензиядан айыру
sanction-outlet-suspension = бұқаралық ақпарат құралын шығаруды тоқтата тұру
sanction-outlet-ban = бұқаралық ақпарат құралын шығаруды тоқтату
sanction-activity-suspension = қызметті тоқтата тұру
sanction-activity-ban = қызметке тыйым салу
sanction-warning = ескерту

unit-mci = { $case ->
    [up-to] АЕК-ке
   *[plain] АЕК
}
unit-tenge = { $case ->
    [up-to] теңгеге
   *[plain] теңге
}
unit-sum-multiple = еселенген сома
unit-hours = { $case ->
    [up-to] сағатқа
   *[plain] сағат
}
unit-days = { $case ->
    [up-to] тәулікке
   *[plain] тәулік
}
unit-months = { $case ->
    [up-to] айға
   *[plain] ай
}
unit-years = { $case ->
    [up-to] жылға
   *[plain] жыл
}

category-emergency-powers = төтенше өкілеттіктер
category-falsity-standard = «жалғандық» өлшемі
category-incitement-without-intent = ниетсіз арандату
category-open-ended-limitation = ашық шектеу
category-open-ended-list = ашық тізбе
category-subjective-offence = бағалау құрамы
category-unbounded-discretion = шексіз қалау
category-undefined-category = анықталмаған санат
category-undefined-harm = анықталмаған зиян
category-undefined-state-interest = анықталмаған мемлекеттік мүдде
category-penalty = санкция
category-scope = қолданылу аясы
category-definition = анықтама
category-cross-reference = сілтеме
category-intent = қасақаналық
category-conduct = әрекет
category-restriction = шектеу
category-vague-term = айқын емес термин

concept-information = ақпарат
concept-media = бұқаралық ақпарат құралдары
concept-broadcasting = телерадио хабарларын тарату
concept-online = онлайн-платформалар
concept-journalists = журналистер
concept-accreditation = аккредиттеу
concept-publication = жариялау
concept-speech-offence = пікір білдіруге байланысты құқық бұзушылық
concept-assembly = жиналыстар
concept-opinion = пікірлер
concept-dissemination = тарату
concept-advertising = жарнама
concept-fiscal = салықтар мен алымдар
concept-family = отбасы
concept-technical = техникалық қағидалар
