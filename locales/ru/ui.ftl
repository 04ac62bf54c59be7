# Подписи и заголовки всех отчетов на русском языке.
# Идентификаторы те же, что в en/ui.ftl и kk/ui.ftl (это проверяет тест).

ui-commentary-title = Комментарий: { $name }
ui-table-title = Сравнительная таблица: { $name }
ui-unnamed-act = две редакции текста
ui-draft-note = Проект комментария подготовлен по сравнению двух редакций. Перед направлением дополните каждую рекомендацию.
ui-act = Акт
ui-versions-compared = Сравниваемые редакции
ui-version-old = Действующая редакция
ui-version-new = Предлагаемая редакция
ui-wording-before = Редакция до изменений
ui-wording-after = Редакция после изменений
ui-version = Редакция
ui-date = Дата
ui-stage = Стадия
ui-source = Источник
ui-summary = Обзор
ui-change = Изменение
ui-provisions = Структурных элементов
ui-total = Всего
ui-findings-count = { $n ->
    [one] { $n } замечание
    [few] { $n } замечания
    [many] { $n } замечаний
   *[other] { $n } замечания
}
ui-changes-count = { $n ->
    [one] { $n } изменение
    [few] { $n } изменения
    [many] { $n } изменений
   *[other] { $n } изменения
}
ui-findings-by-severity = Замечания по степени значимости: { $list }.
ui-key-changes = Ключевые изменения
ui-penalty-changes = Изменения санкций
ui-no-penalty-changed = Санкции не изменились.
ui-vague-terms-introduced = Введенные неопределенные термины
ui-no-vague-term = Неопределенных терминов не введено.
ui-concerning-changes = Изменения, вызывающие обеспокоенность
ui-no-concern = Ни одно изменение не вызывает обеспокоенности.
ui-other-changes = Прочие изменения
ui-other-in-full = Изменения, не вызвавшие замечаний, полностью.
ui-other-one-per-row = Изменения, не вызвавшие замечаний, по одному в строке.
ui-provision = Структурный элемент
ui-notes = Примечания
ui-penalty = Санкция
ui-old-value = Было
ui-new-value = Стало
ui-factor = Коэффициент
ui-tenge = Тенге
ui-old-text = Действующая редакция
ui-new-text = Предлагаемая редакция
ui-redline = Изменения (исключенные слова зачеркнуты, новые выделены)
ui-text = Текст
ui-wording-unchanged = Редакция не изменилась.
ui-repealed-by = Утратил силу в соответствии с { $by }.
ui-editorial-only = Изменились только редакционные примечания; текст прежний.
ui-amending-acts = Названы изменяющие акты: { $acts }.
ui-note-removed = Примечание исключено
ui-note-added = Примечание добавлено
ui-finding = Замечание
ui-category = Категория
ui-words = Слова
ui-why = Обоснование
ui-standard = Стандарт
ui-standards = Стандарты
ui-recommendation = Рекомендация
ui-placeholder = [Дополнить: какой должна быть редакция нормы или почему ее следует исключить.]
ui-references = Международные стандарты
ui-see-reference = см. [{ $n }]
ui-sources = Источники
ui-sources-note = Откуда прочитан каждый текст (файл и строки в репозитории актов).
ui-lines = строки { $first }–{ $last }
ui-line = строка { $first }
ui-not-expression = Норма не регулирует выражение мнений, СМИ или информацию: изменение санкции отмечено для полноты, стандарты свободы выражения к нему не применяются.
ui-formerly = бывш. { $citation }
ui-none = нет
ui-no-changes = изменений нет
ui-times = в { $factor } раза
ui-factor-note = ×{ $factor } по максимуму
ui-tenge-at = { $old } → { $new } тенге по МРП { $old_year } и { $new_year } гг.
ui-tenge-same-year = { $old } → { $new } тенге по МРП { $year } г.
ui-up-to = до { $amount }
ui-for-life = пожизненно
ui-on-subject = { $sanction } ({ $subject })
ui-no-key-change = Ключевых изменений нет: нет замечаний высокой значимости и замечаний средней значимости к нормам о выражении мнений.
ui-key-changes-more = { $n ->
    [one] И еще { $n } среди изменений ниже.
    [few] И еще { $n } среди изменений ниже.
    [many] И еще { $n } среди изменений ниже.
   *[other] И еще { $n } среди изменений ниже.
}
ui-more-findings = { $n ->
    [one] еще { $n } замечание
    [few] еще { $n } замечания
    [many] еще { $n } замечаний
   *[other] еще { $n } замечания
}
ui-summary-line = { $changes } ({ $kinds }); { $findings }
ui-summary-kind = { $kind }: { $n }
ui-concerns-expression = Норма касается выражения мнений.
ui-concerns-expression-on = Норма касается выражения мнений ({ $concepts }).
ui-not-about-expression = Норма не касается выражения мнений: стандарты свободы выражения к изменению санкции не применяются.
ui-rank = Место в ранжировании: { $n }.
ui-diff-title = Изменения: { $name }
ui-two-files = два файла
ui-from = Было
ui-to = Стало
ui-diff-old-text = Прежняя редакция
ui-diff-new-text = Новая редакция
ui-diff-redline = Изменения
ui-findings = Замечания
col-number = №
col-unit = Структурный элемент
col-current = Действующая редакция
col-proposed = Предлагаемая редакция
col-comment = Комментарий

change-added = добавлен
change-removed = исключен
change-amended = изменен
change-renumbered = перенумерован
change-moved = перенесен
change-split = разделен
change-merged = объединен
change-repealed = утратил силу
change-editorial = редакционная правка
change-moved-from = перенесен из { $from } в { $to }

severity-high = высокая
severity-medium = средняя
severity-low = низкая
severity-info = к сведению

stage-draft = проект
stage-first-reading = первое чтение
stage-second-reading = второе чтение
stage-adopted = принят
stage-signed = подписан
stage-in-force = действующая редакция
stage-repealed = утратил силу

subject-any = любое лицо
subject-individuals = физические лица
subject-officials = должностные лица
subject-small-business = субъекты малого предпринимательства
subject-medium-business = субъекты среднего предпринимательства
subject-large-business = субъекты крупного предпринимательства
subject-non-commercial = некоммерческие организации
subject-legal-entities = юридические лица

sanction-fine = штраф
sanction-correctional-works = исправительные работы
sanction-community-service = общественные работы
sanction-arrest = арест
sanction-restriction-of-liberty = ограничение свободы
sanction-imprisonment = лишение свободы
sanction-death-penalty = смертная казнь
sanction-confiscation = конфискация
sanction-deprivation-of-right = лишение права занимать должности или заниматься деятельностью
sanction-citizenship-deprivation = лишение гражданства
sanction-expulsion = выдворение
sanction-licence-revocation = лишение лицензии
sanction-outlet-suspension = приостановление выпуска средства массовой информации
sanction-outlet-ban = прекращение выпуска средства массовой информации
sanction-activity-suspension = приостановление деятельности
sanction-activity-ban = запрещение деятельности
sanction-warning = предупреждение

unit-mci = МРП
unit-tenge = тенге
unit-sum-multiple = кратная сумма
unit-hours = { $case ->
    [up-to] { $n ->
        [one] часа
       *[other] часов
    }
   *[plain] { $n ->
        [one] час
        [few] часа
       *[many] часов
    }
}
unit-days = суток
unit-months = { $case ->
    [up-to] { $n ->
        [one] месяца
       *[other] месяцев
    }
   *[plain] { $n ->
        [one] месяц
        [few] месяца
       *[many] месяцев
    }
}
unit-years = { $case ->
    [up-to] { $n ->
        [one] года
       *[other] лет
    }
   *[plain] { $n ->
        [one] год
        [few] года
       *[many] лет
    }
}

category-emergency-powers = чрезвычайные полномочия
category-falsity-standard = критерий «ложности»
category-incitement-without-intent = возбуждение без умысла
category-open-ended-limitation = открытое ограничение
category-open-ended-list = открытый перечень
category-subjective-offence = оценочный состав
category-unbounded-discretion = неограниченное усмотрение
category-undefined-category = неопределенная категория
category-undefined-harm = неопределенный вред
category-undefined-state-interest = неопределенный государственный интерес
category-penalty = санкция
category-scope = сфера действия
category-definition = определение
category-cross-reference = отсылка
category-intent = умысел
category-conduct = деяние
category-restriction = ограничение
category-vague-term = неопределенный термин

concept-information = информация
concept-media = средства массовой информации
concept-broadcasting = телерадиовещание
concept-online = онлайн-платформы
concept-journalists = журналисты
concept-accreditation = аккредитация
concept-publication = публикация
concept-speech-offence = правонарушение, связанное с высказываниями
concept-assembly = собрания
concept-opinion = мнения
concept-dissemination = распространение
concept-advertising = реклама
concept-fiscal = налоги и сборы
concept-family = семья
concept-technical = технические правила
