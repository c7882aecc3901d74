"""
The characters each grammar rule can start with and the texts its matches need
(`_pattern_starts.starts` and `needs`), by the key of its pattern.

Reading the rules' patterns costs more than reading a first phrase, so it is done ahead
of time: written by scripts/rule_starts.py, do not edit by hand. A rule's groups of
needs are joined by newlines, each group's texts by tabs.
"""

__all__ = ["NEEDS", "STARTS"]

STARTS: dict[int, str] = {
    2659105279: "s",  # label_sets_x_reps
    3893835752: "sx",  # label_per_period
    1757080606: "hrs",  # label_bare
    1165484270: "N",  # stacked_per_day
    2778753694: "Nafjmnoru~",  # bout_per_set
    3512301311: "N",  # three_counts
    985106616: "N|",  # table_row
    1456299351: "N",  # reps_then_frequency
    3114718459: "N",  # sets_of_reps_then_frequency
    976223404: "N",  # sets_to_failure
    2705912219: "Nx",  # reps_x_counted_sets
    2591084353: "x",  # x_reps_then_frequency
    4204326547: "N",  # definition
    2850848543: "ber",  # rating
    4286109056: "dfilosw",  # window_after
    4033959535: "diost",  # spread_through_day
    2967925299: "(,;",  # alternative
    894172549: ",;apw",  # other_activity
    2717357414: "do",  # other_days
    2822929210: "abp",  # later_start
    2150697755: "cdr",  # reduce_to
    282953120: "ae",  # unknown_event
    3411010077: "cr",  # rest_for_days
    3665164322: "dw",  # with_meals
    2481179675: "eq",  # waking_hour
    2041386389: "eq",  # every_minutes
    644836493: "alrw",  # rest_hours_between
    4274151066: "ein",  # evening_before_bed
    2387318352: "a",  # as_many_as_you_can
    1693342676: "N",  # reps_then_sets
    822010993: "Najlmnortu~",  # tempo_seconds
    2665620054: "Nabcdhtuw",  # load_in_hands
    862021760: "Valor",  # spread_over_day
    168943742: "cemnostuw",  # expected_time
    4228936332: "abno",  # not_consecutive
    2786899994: "abciprsu",  # cadence
    1452769690: "fmw",  # cadence_before
    4009282397: "e",  # vague_interval
    926996831: "fo",  # vague_length
    3331223875: "abdiw",  # time_ahead
    4085459751: "adn",  # restriction
    3656601196: "Nacmt",  # sum
    2903234970: "r",  # review_at
    3640076657: "dr",  # more_in_the_day
    3327118491: "efi",  # week_of_the_plan
    818311292: "adps",  # symptom_after
    2921136553: "N",  # reps_x_sets_bare
    1686940413: "bchjmrsw",  # sets_of_bout
    4938598: "Najmnoru~",  # bout_of_each
    1967352533: "bchjmrsw",  # locomotion_then_bouts
    681889004: "N",  # bouts_then_locomotion
    2173045717: "Nas",  # hours_apart
    1970219206: "@Nabs",  # at_a_time_point
    3538193162: "ds",  # spread_over_week
    835162818: "isw",  # stop_rule_after_condition
    1930661059: "cdhrs",  # stop_rule
    4075571494: "flnpst",  # reference
    1549433790: "N",  # percent_rm
    2539617338: "Nlrw",  # rep_max
    1307479986: "Najmnoru~",  # rating
    2956157738: "aouwy",  # criterion_clause
    1869813296: "N",  # times_longer
    1794064468: "Na",  # rest_day_a_week
    433807904: "Daorw",  # rest_days
    3589608405: "bfs",  # start_after
    2585956110: "u",  # criterion
    2250050705: "u",  # until_visit
    1662766900: "aiopw",  # condition
    245097722: ",.;art",  # review
    3070883880: "dnw",  # no_hold
    644392838: "N",  # distance_bouts
    1723990861: "Nacfrv",  # milestone
    3259312317: "dfhlm",  # unmeasured_progression
    466608673: "adrst",  # same_on_named_side
    999651115: "N",  # cycles
    4118968091: "t",  # the_following
    2280234268: "N",  # days_of_activity_a_week
    2306115991: "N",  # sets_reps_each_side
    1082999133: "N",  # degrees
    2987387019: "Nt",  # tempo_digits
    2915427550: "bdeilorsv",  # tempo_count
    1126196104: "acfs",  # count_hold
    266261260: "cdgprs",  # rounds
    1654222750: "Nr",  # reps_rest_rounds
    3057468235: "N",  # sets_per_day
    499530132: "N",  # program_length
    3952637861: "ahlrtw",  # days_between
    3564508310: "abo",  # bare_anchor
    4094574734: "Ndp",  # sets_with_rests
    3542418252: "Ndp",  # reps_one_side_then_the_other
    1794238282: "Najmnoru~",  # outings_per_period
    4028037294: "afow",  # after_event_in_prose
    2086428024: "bpr",  # rest_in_brackets
    233840744: "Nab",  # each_meal
    1606990614: "Najmnoru~",  # offset_anchor
    1809752435: "a",  # as_symptoms_require
    1177252260: "dp",  # do_n
    2959840730: "f",  # label_frequency_day
    3001725150: "f",  # label_frequency_week
    2388122863: "N",  # dur_sets
    1554805036: "l",  # last_thing_at_night
    3004658319: "abou",  # on_retiring
    2673523075: "N",  # timed_sessions
    626216415: "o",  # once_finished
    298356832: "o",  # on_one_limb
    1874858694: "brst",  # rest_from
    1038948003: "bcdprstw",  # timed_work
    82339604: "Nafjkmnorsu~",  # seconds_hold
    1183345203: "Ndr",  # times_during_the_day
    1869667999: "h",  # hold_breaths
    1980181632: "bip",  # increase_to
    2047911158: "ai",  # add_more_every
    4276351819: "ai",  # increase_by
    760261516: ",.;at",  # then_stage
    2757722763: "s",  # label_sets_slash_reps
    1386798965: "dhrsw",  # label
    2450763628: "abgipw",  # progression
    1297218920: "+",  # progress_step
    4286835434: "Nfx",  # uk_duration
    3503906416: "N",  # ratio
    1426160887: "Najmnoru~",  # bout_per_day
    1199994280: "Najmnoru~",  # total_per_week
    685282478: "Nafjmnoru~",  # bout_at_a_time
    1542205130: "bchjmrsw",  # bout_locomotion
    1363346637: "Najmnoru~",  # bout_then_locomotion
    224945412: "N",  # sets_reps_hold
    221456452: "N",  # reps_hold
    1145652847: "N",  # sets_of_hold
    1119223007: "N",  # sets_of_dur
    2685099920: "N",  # reps_of_hold
    4266242197: "N",  # sets_x_reps
    4094484743: "N",  # sets_of_reps
    3429883119: "N",  # reps_x_sets
    3597577975: "N",  # sets_reps_times
    3476868741: "x",  # x_sets_x_reps
    2575480270: "x",  # x_reps
    1277779868: "x",  # x_sets
    1839750115: "i",  # in_sets_of
    2551492394: "N",  # sets
    1389894216: "N",  # reps_per_side
    180016031: "N",  # reps
    1301500991: "r",  # repeat
    144642228: ",art",  # repeat_the_set
    1682084438: "r",  # relax_then_repeat
    3169048201: "at",  # then_repeat
    2785826361: "r",  # repeat_x
    3493641549: "N",  # n_more_times
    2007059061: "h",  # hold_x
    3514318057: "Najmnoru~",  # dur_hold_x
    3780430246: "Najmnoru~",  # dur_x_n
    787365375: "chi",  # hold_count
    549134404: "N",  # breaths
    4128999319: "bs",  # start_with
    2959738873: "h",  # hold_until_count
    82018034: "krs",  # stay_hold
    4134478346: "h",  # hold
    1312273055: "h",  # hold_bare
    3207554912: "o",  # tempo
    2275101739: "acf",  # count_of
    972640111: "Najmnoru~",  # dur_hold
    2117236480: "Najmnoru~",  # dur_each_side
    541727079: "r",  # rest
    207097604: "Najmnoru~",  # rest_after
    2441074664: "r",  # relax
    53704783: "Nahuw",  # load
    2020091431: "befiopw",  # each_direction
    2659737352: "buw",  # not_a_side
    2853310577: "Oabefiopuw",  # side
    1225732975: "/Oabceflmorstuw",  # side_words
    252571104: "x",  # x_n_daily
    1544506678: "Va",  # vague_day
    2607412046: "Va",  # vague_intervals
    3814878372: "m",  # most_days
    652664702: "N",  # n_times_slot
    1472953393: "N",  # n_times_through_day
    1578058565: "N",  # code_range
    367941947: "Najmnoru~",  # per_day
    2231521417: "N",  # count_each_day
    1522018978: "Najmnoru~",  # per_day_slash
    696749537: "Najmnoru~",  # per_24_hours
    3858438754: "aeq",  # every_hours
    360039612: "m",  # mid_day
    2471733295: "q",  # q_slot
    822520069: "q",  # q_day
    118423112: "Najmnoru~",  # n_hourly
    1930385277: "ehp",  # hourly
    563946126: "2adnrt",  # round_clock
    1182015201: "aditw",  # waking
    777596344: "aeo",  # every_other_slot
    3503775176: "eo",  # every_ord_day
    3586701536: "aeo",  # alternate_days
    447468088: "e",  # every_n_units
    561786540: "q",  # q_n_weeks
    1553939187: "oq",  # q_n_days
    424568006: "N",  # days_apart
    1712230510: "bfs",  # start_weekday
    3119259627: "Naorw",  # rest_day_between
    376828251: "Najmnoru~",  # rest_days_between
    2403813717: "Nef",  # fortnightly
    141630659: "Nem",  # monthly
    2235519372: "dstx",  # label_days_per_period
    325627799: "Nw",  # sessions_in_a_week
    3806976379: "Najmnoru~",  # per_week
    2406257625: "Najmnoru~",  # days_out_of_seven
    3550492128: "Najmnoru~",  # per_week_slash
    3177108843: "Najmnoru~",  # n_x_weekly
    1967081525: "x",  # x_n_weekly
    3935238965: "Najmnoru~",  # n_weekly
    408641077: "Najmnoru~",  # days_per_week_adj
    3314630764: "Najmnoru~",  # sessions_per_week
    2661827234: "Najmnoru~",  # sessions_per_day
    707349581: "eow",  # weekly
    1924294075: "bden",  # except
    2050076226: "Deo",  # weekdays
    1078430037: "adeotw",  # weekday_group
    1174290759: "abp",  # before_bed
    4231424070: "aouw",  # on_waking
    1342423018: "N",  # omni_nocte
    438577168: "Tabf",  # time_span
    183956000: "Tabdefilmnopqt",  # times
    755214330: "b",  # pending_before
    1349197593: "abcdefghijklmnopqrstuvwxyz",  # pending_after
    3312481702: "abfp",  # anchor
    3961685413: "a",  # start_or_end_of_event
    2908756444: "aetw",  # when_event
    3837385238: "aw",  # as_often_as_you_can
    2971045821: "al",  # vague_phrases
    2012296065: "aiopw",  # prn
    1398966665: "aiw",  # pain_condition
    2906866840: "iw",  # prn_condition
    635956615: "betu",  # until
    3205809865: "bfos",  # from
    683083321: ",:Nadfijlmnortuwx~",  # duration
    411058924: "N",  # reps_noun
    720915926: "N",  # reps_direction
    3461775664: "N",  # reps_each
    4201402896: "N",  # times_bare
    2998954304: "x",  # x_n_reps
    3654745674: "dfow",  # for_a_unit
    376195382: "dfiow",  # hours_course
    1085805182: "Nafjlmnoru~",  # bout
    2381692620: "deq",  # daily
}

NEEDS: dict[int, str] = {
    2659105279: "sets x reps - N x N \tsets x reps : N x N \tsets x reps = N x N \tsets x reps N x N ",  # label_sets_x_reps
    3893835752: "- N \t: N \t= N \tN \t| N \nsession / day \tsession / week \tsession a day \tsession a week \tsession each day \tsession each week \tsession per day \tsession per week \tx / day \tx / week \tx a day \tx a week \tx each day \tx each week \tx per day \tx per week ",  # label_per_period
    1757080606: "hold N \treps N \tsets N ",  # label_bare
    1165484270: "N x N reps x N \tN x N x N ",  # stacked_per_day
    2778753694: "N hour \tN hours \tN min \tN sec \tN second \na sets \teach sets \tper sets ",  # bout_per_set
    3512301311: "N x N reps x N \tN x N x N ",  # three_counts
    985106616: "N / N | \tN / N | N \tN / N | N / N \tN | \tN | N \tN | N / N \nN / N | \tN | ",  # table_row
    1456299351: "N x N x \tN x N x / \tN x N x a \tN x N x each \tN x N x eachday \tN x N x in a \tN x N x p \tN x N x per \tN x N x x \ndaily\tday\teachday\teveryday\tweek\tweekly\ndaily \tday \teachday \teveryday \tweek \tweekly ",  # reps_then_frequency
    3114718459: "N sets N \tN sets N reps \tN sets of N \tN sets of N reps ",  # sets_of_reps_then_frequency
    976223404: "N sets amrap \tN sets as many as possible \tN sets as many as you can \tN sets max \tN sets maximum \tN sets of amrap \tN sets of as many as possible \tN sets of as many as you can \tN sets of max \tN sets of maximum \tN x amrap \tN x as many as possible \tN x as many as you can \tN x max \tN x maximum ",  # sets_to_failure
    2705912219: "N reps x N sets \tN x N sets \tx N reps x N sets \tx N x N sets ",  # reps_x_counted_sets
    2591084353: "x N ",  # x_reps_then_frequency
    4204326547: "N reps = \tN reps consists of \tN reps equals \tN reps is \tN reps means \tN sets = \tN sets consists of \tN sets equals \tN sets is \tN sets means ",  # definition
    2850848543: "- N \t: N \t= N \tN \tat N \tof N \nborg \teffort \texertion \trpe ",  # rating
    4286109056: "N hour after \tN hour following \tN hour post \tN hours after \tN hours following \tN hours post \ta hour after \ta hour following \ta hour post \ta hours after \ta hours following \ta hours post \nactivities\tactivity\tbath\tbike\tbiking\tbreakfast\tbrush teeth\tbrush your teeth\tbrushing teeth\tbrushing your teeth\tcycle\tcycling\tdinner\teat\teating\teccentric exercise\texercise\texercises\texercising\tfood\tfrom\tgame\tgames\tget out of bed\tget up\tget up from a chair\tget up from the chair\tget up from your chair\tgetting out of bed\tgetting up\tgetting up from a chair\tgetting up from the chair\tgetting up from your chair\tgo for a run\tgo for a walk\tgo for the run\tgo for the walk\tgo for your run\tgo for your walk\tgo to the toilet\tgoing to the toilet\tjog\tjogging\tjogs\tlunch\tmatch\tmatches\tmeal\tmeals\tpassing urine\tphysical activities\tphysical activity\tplay sport\tplaying sport\tpractice\tride\trides\trising\trun\trunning\truns\tsession\tshower\tshowering\tsit\tsit down\tsit for long periods\tsitting\tsitting down\tsitting for long periods\tsport\tsports\tstand\tstand up\tstand up from a chair\tstand up from the chair\tstand up from your chair\tstanding\tstanding up\tsupper\tswim\tswimming\tswims\tthe exercise\ttoilet\ttraining\turinate\turinating\twaking\twalk\twalking\twalks\twork\tyou begin\tyou brush teeth\tyou brush your teeth\tyou cycle\tyou eat\tyou exercise\tyou get out of bed\tyou get up\tyou get up from a chair\tyou get up from the chair\tyou get up from your chair\tyou go for a run\tyou go for a walk\tyou go for the run\tyou go for the walk\tyou go for your run\tyou go for your walk\tyou go to the toilet\tyou pass urine\tyou run\tyou shower\tyou sit\tyou sit down\tyou sit for long periods\tyou stand\tyou stand up\tyou start\tyou start your walk\tyou swim\tyou urinate\tyou walk\nduring \tfor \tin \tlast \tlasting \tlasts \tover \tsettle \tsettles \tsubside \tsubsides \twithin ",  # window_after
    4033959535: "a day \tday \teach day \tevery day \tthe day \tyour day \nacross \tacross the course of \tduring \tduring the course of \tin the course of \tover \tover the course of \tthrough \tthrough the course of \tthroughout \tthroughout the course of \ndistributed \tdistributed out \tdivided \tdivided out \tduring the course of \tin the course of \tover the course of \tspaced \tspaced out \tsplit \tsplit out \tspread \tspread out \tthroughout the course of ",  # spread_through_day
    2967925299: "( or \t, or \t; or ",  # alternative
    894172549: ", and \t, plus \t, with \t; and \t; plus \t; with \tand \tplus \twith \nadditional\textra\tmore\tseparate\tsome\nadditional \textra \tmore \tseparate \tsome \nbike\tbiking\tcycle\tcycling\thike\thiking\tjog\tjogging\tmarch\tmarching\tride\triding\trow\trowing\trun\trunning\truns\tshuffle\tshuffles\tskip\tskipping\tsprint\tsprints\tstride\tstrides\tswim\tswimming\twalk\twalking\twalks",  # other_activity
    2717357414: " days \tdays \teasy days \toff days \trecovery days \trest days \nduring \tduring the \tduring your \ton \ton the \ton your ",  # other_days
    2822929210: "N day \tN days \tN month \tN months \tN week \tN weeks \ta day \ta days \ta month \ta months \ta week \ta weeks \nafter \tafter the \tbeyond \tbeyond the \tpast \tpast the ",  # later_start
    2150697755: "cut \tcutting \tdecrease \tdecreasing \tdrop \tdropping \treduce \treducing \nto ",  # reduce_to
    282953120: "any time \tany time that \tany time that you \tany time you \tanytime \tanytime that \tanytime that you \tanytime you \teach time \teach time that \teach time that you \teach time you \tevery time \tevery time that \tevery time that you \tevery time you ",  # unknown_event
    3411010077: "N \ta \ncomplete rest \tcomplete rest for \trelative rest \trelative rest for \trest \trest for \nday\tdays\tfortnight\tfortnights\tmonth\tmonths\tnight\tnights\tweek\tweeks\tyear\tyears\nday \tdays \tfortnight \tfortnights \tmonth \tmonths \tnight \tnights \tweek \tweeks \tyear \tyears ",  # rest_for_days
    3665164322: "breakfast\tdinner\tfood\tlunch\tmeal\tmeals\tsupper\nbreakfast \tdinner \tfood \tlunch \tmeal \tmeals \tsupper \nduring \tduring a \tduring each \tduring every \tduring your \twith \twith a \twith each \twith every \twith your ",  # with_meals
    2481179675: "each waking hour \teach waking hours \tq waking hour \tq waking hours ",  # waking_hour
    2041386389: "N min \neach \tq ",  # every_minutes
    644836493: "N hour \tN hours \tat least N hour \tat least N hours \tatleast N hour \tatleast N hours \nallow \tallow for \tleave \tleave for \trecover \trecover for \trest \trest for \twait \twait for \nbetween \tin between \tof rest between \tof rest in between \trecovery between \trecovery in between ",  # rest_hours_between
    4274151066: "bed\tbedtime\tsleep\nbed \tbedtime \tsleep \nbefore \tbefore you \tjust before \tjust before you \tright before \tright before you \neach evening \teach night \tevening \tin the evening \tin the night \tnight ",  # evening_before_bed
    2387318352: "N hour \tN hours \tN min \tN sec \tN second \nas VAGUE as \tas VAGUE as able \tas VAGUE as possible \tas VAGUE as you can \tas VAGUE reps as \tas VAGUE reps as able \tas VAGUE reps as possible \tas VAGUE reps as you can \tas VAGUE x as \tas VAGUE x as able \tas VAGUE x as possible \tas VAGUE x as you can \nin\twithin\nin \twithin ",  # as_many_as_you_can
    1693342676: " , N x \treps , N x \nN \nbends\tbridges\tcircles\tclams\tcontractions\tcrunches\tcurls\tdips\tdrops\textensions\tflexions\thops\tjumps\tkicks\tlifts\tlunges\tmarches\tmovements\tplanks\tpress\tpresses\tpumps\tpush\tpushups\traises\treaches\trepetitions\treps \trolls\trotations\trows\tshrugs\tsitups\tslides\tsquat\tsquats\tsqueezes\tsteps\tstretches\tswings\ttaps\ttouches\ttucks\ttwists\tups",  # reps_then_sets
    822010993: "N sec \tN sec / rep \tN sec / reps \tN sec on the way \tN sec per rep \tN sec per reps \tN sec to \tN sec total / rep \tN sec total / reps \tN sec total per rep \tN sec total per reps \tN second \tN second / rep \tN second / reps \tN second on the way \tN second per rep \tN second per reps \tN second to \tN second total / rep \tN second total / reps \tN second total per rep \tN second total per reps ",  # tempo_seconds
    2665620054: "bottle\tbottles\tcan\tcans\tdumbbell\tdumbbells\ttin\ttins\tweight\tweights\nbottle \tbottles \tcan \tcans \tdumbbell \tdumbbells \ttin \ttins \tweight \tweights \nheld in both leg \theld in both legs \theld in each leg \theld in each legs \theld in either leg \theld in either legs \tin both leg \tin both legs \tin each leg \tin each legs \tin either leg \tin either legs ",  # load_in_hands
    862021760: "VAGUE during \tVAGUE intervals \tVAGUE intervals during day \tVAGUE intervals during the day \tVAGUE intervals through day \tVAGUE intervals through the day \tVAGUE intervals throughout day \tVAGUE intervals throughout the day \tVAGUE through \tVAGUE throughout \tat VAGUE intervals \tat VAGUE intervals during day \tat VAGUE intervals during the day \tat VAGUE intervals through day \tat VAGUE intervals through the day \tat VAGUE intervals throughout day \tat VAGUE intervals throughout the day \tlittle and often \tlittle but often \toften during \toften through \toften throughout \tregularly during \tregularly through \tregularly throughout \trepeatedly during \trepeatedly through \trepeatedly throughout ",  # spread_over_day
    168943742: "N \ta \ncontinue \tcontinue for \texpect \tlast \tlast for \tlinger \tlinger for \tpersist \tpersist for \ttake \ttakes \nday\tdays\tfortnight\tfortnights\thour\thours\tmonth\tmonths\tnight\tnights\tweek\tweeks\tyear\tyears\nday \tdays \tfortnight \tfortnights \thour \thours \tmonth \tmonths \tnight \tnights \tweek \tweeks \tyear \tyears ",  # expected_time
    4228936332: "N back to back days \tN consecutive days \tN successive days \tback to back days \tconsecutive days \tno N days in a row \tnon consecutive days \tnon successive days \tnot N days in a row \ton non consecutive days \ton non successive days \tsuccessive days ",  # not_consecutive
    2786899994: "adjust \tadvance \tbuild \tchange \tincrease \tprogress \tprogression \tre-assess \tre-check \treassess \trecheck \treview \tstep \tupdate \nday \tdays \tfortnight \tfortnightly \tmonth \tmonthly \tmonths \tweek \tweekly \tweeks ",  # cadence
    1452769690: "check\tchecks\tincrease\tincreases\tincrement\tincrements\tprogress\tprogression\tprogressions\treassessment\treassessments\treview\treviews\ncheck \tchecks \tincrease \tincreases \tincrement \tincrements \tprogress \tprogression \tprogressions \treassessment \treassessments \treview \treviews \nfortnightly \tmonthly \tweekly ",  # cadence_before
    4009282397: "day\tdays\tfortnight\tfortnights\thour\thours\tmonth\tmonths\tnight\tnights\tweek\tweeks\tyear\tyears\nday \tdays \tfortnight \tfortnights \thour \thours \tmonth \tmonths \tnight \tnights \tweek \tweeks \tyear \tyears \neach VAGUE \teach VAGUE of ",  # vague_interval
    926996831: "VAGUE \tVAGUE of \ta VAGUE \ta VAGUE of \nday\tdays\tfortnight\tfortnights\tmonth\tmonths\tnight\tnights\tweek\tweeks\tyear\tyears\nday \tdays \tfortnight \tfortnights \tmonth \tmonths \tnight \tnights \tweek \tweeks \tyear \tyears \nfor \tfor first \tfor next \tfor the \tfor the first \tfor the next \tover \tover first \tover next \tover the \tover the first \tover the next ",  # vague_length
    3331223875: "N \ta \nare again in \tare in \tback again in \tback in \tbe again in \tbe in \tdue again in \tdue in \tis again in \tis in \twill be again in \twill be in \nday\tdays\tfortnight\tfortnights\tmonth\tmonths\tnight\tnights\tweek\tweeks\tyear\tyears\nday \tdays \tfortnight \tfortnights \tmonth \tmonths \tnight \tnights \tweek \tweeks \tyear \tyears ",  # time_ahead
    4085459751: "N hour \tN hours \tN min \tN sec \tN second \tday \tdays \tfortnight \tfortnights \tmonth \tmonths \tnight \tnights \tweek \tweeks \tyear \tyears \navoid \tdo not \tdon't \tdont \tnever \tno \nfor \tfor first \tfor next \tfor the \tfor the first \tfor the next ",  # restriction
    3656601196: "N reps in total \tN sets in total \tN x in total \tadd to N \tadd to a total of N \tadd up to N \tadd up to a total of N \tadds to N \tadds to a total of N \tadds up to N \tadds up to a total of N \tcome to N \tcome to a total of N \tcome up to N \tcome up to a total of N \tcomes to N \tcomes to a total of N \tcomes up to N \tcomes up to a total of N \tmaking N reps \tmaking N sets \tmaking a total of N reps \tmaking a total of N sets \tthat is N reps \tthat is N sets \tthat is a total of N reps \tthat is a total of N sets \tthat's N reps \tthat's N sets \tthat's a total of N reps \tthat's a total of N sets ",  # sum
    2903234970: "day\tdays\tmonth\tmonths\tweek\tweeks\nday \tdays \tmonth \tmonths \tweek \tweeks \nreview after N \treview at N \treview in N ",  # review_at
    3640076657: "a day \tday \teach day \tthe day \nacross\tduring\tin\tover\tthrough\tthroughout\nacross \tduring \tin \tover \tthrough \tthroughout \ndo it N x more \tdo them N x more \tdo this N x more \trepeat N x more \trepeated N x more \trepeating N x more ",  # more_in_the_day
    3327118491: "course\tplan\tprogram\tprogramme\tschedule\ttraining\ncourse \tplan \tprogram \tprogramme \tschedule \ttraining \neach week of \tevery week of \tfor each week of \tin each week of ",  # week_of_the_plan
    818311292: "ache \taches \taching \tdiscomfort \tpain \tsoreness \tstiffness \tswelling \nactivities\tactivity\tbath\tbike\tbiking\tbreakfast\tbrush teeth\tbrush your teeth\tbrushing teeth\tbrushing your teeth\tcycle\tcycling\tdinner\teat\teating\teccentric exercise\texercise\texercises\texercising\tfood\tfrom\tgame\tgames\tget out of bed\tget up\tget up from a chair\tget up from the chair\tget up from your chair\tgetting out of bed\tgetting up\tgetting up from a chair\tgetting up from the chair\tgetting up from your chair\tgo for a run\tgo for a walk\tgo for the run\tgo for the walk\tgo for your run\tgo for your walk\tgo to the toilet\tgoing to the toilet\tjog\tjogging\tjogs\tlunch\tmatch\tmatches\tmeal\tmeals\tpassing urine\tphysical activities\tphysical activity\tplay sport\tplaying sport\tpractice\tride\trides\trising\trun\trunning\truns\tsession\tshower\tshowering\tsit\tsit down\tsit for long periods\tsitting\tsitting down\tsitting for long periods\tsport\tsports\tstand\tstand up\tstand up from a chair\tstand up from the chair\tstand up from your chair\tstanding\tstanding up\tsupper\tswim\tswimming\tswims\tthe exercise\ttoilet\ttraining\turinate\turinating\twaking\twalk\twalking\twalks\twork\tyou begin\tyou brush teeth\tyou brush your teeth\tyou cycle\tyou eat\tyou exercise\tyou get out of bed\tyou get up\tyou get up from a chair\tyou get up from the chair\tyou get up from your chair\tyou go for a run\tyou go for a walk\tyou go for the run\tyou go for the walk\tyou go for your run\tyou go for your walk\tyou go to the toilet\tyou pass urine\tyou run\tyou shower\tyou sit\tyou sit down\tyou sit for long periods\tyou stand\tyou stand up\tyou start\tyou start your walk\tyou swim\tyou urinate\tyou walk\nafter\tfollowing\tpost\nafter \tfollowing \tpost ",  # symptom_after
    2921136553: "N reps x N ",  # reps_x_sets_bare
    1686940413: " N x N hour \t N x N hours \t N x N min \t N x N sec \t N x N second \t for N x N hour \t for N x N hours \t for N x N min \t for N x N sec \t for N x N second \nbike\tbiking\tcycle\tcycling\thike\thiking\thop\thopping\thops\tjog\tjogging\tjumping\tjumps\tmarch\tmarching\tride\triding\trow\trowing\trun\trunning\truns\tshuffle\tshuffles\tskip\tskipping\tsprint\tsprints\tstride\tstrides\tswim\tswimming\twalk\twalking\twalks",  # sets_of_bout
    4938598: "N hour \tN hours \tN min \tN sec \tN second \nexercise\texercises\tmovement\tstation\tstretch\nexercise \texercises \tmovement \tstation \tstretch \nof each \tof every \tto N hour of each \tto N hour of every \tto N hours of each \tto N hours of every \tto N min of each \tto N min of every \tto N sec of each \tto N sec of every \tto N second of each \tto N second of every ",  # bout_of_each
    1967352533: "N x N hour \tN x N hours \tN x N min \tN x N sec \tN x N second \nbike\tbiking\tcycle\tcycling\thike\thiking\tjog\tjogging\tmarch\tmarching\tride\triding\trow\trowing\trun\trunning\truns\tshuffle\tshuffles\tskip\tskipping\tsprint\tsprints\tstride\tstrides\tswim\tswimming\twalk\twalking\twalks",  # locomotion_then_bouts
    681889004: "N x N hour \tN x N hours \tN x N min \tN x N sec \tN x N second \nbike\tbiking\tcycle\tcycling\thike\thiking\tjog\tjogging\tmarch\tmarching\tride\triding\trow\trowing\trun\trunning\truns\tshuffle\tshuffles\tskip\tskipping\tsprint\tsprints\tstride\tstrides\tswim\tswimming\twalk\twalking\twalks",  # bouts_then_locomotion
    2173045717: "N hour \tN hours \tat least N hour \tat least N hours \tatleast N hour \tatleast N hours \tseparated by N hour \tseparated by N hours \tseparated by a minimum of N hour \tseparated by a minimum of N hours \tseparated by at least N hour \tseparated by at least N hours \tseparated by atleast N hour \tseparated by atleast N hours \tspaced by N hour \tspaced by N hours \tspaced by a minimum of N hour \tspaced by a minimum of N hours \tspaced by at least N hour \tspaced by at least N hours \tspaced by atleast N hour \tspaced by atleast N hours ",  # hours_apart
    1970219206: "N day after \tN days after \tN month after \tN months after \tN week after \tN weeks after \tday \tdays \tmonth \tmonths \tweek \tweeks \nbeginning \tday \tdays \tfrom \tmonth \tmonths \tstart \tweek \tweeks \tyou begin \tyou start ",  # at_a_time_point
    3538193162: "across\tover\tthrough\tthroughout\nacross a week \tacross each week \tacross every week \tacross the week \tover a week \tover each week \tover every week \tover the week \tthrough a week \tthrough each week \tthrough every week \tthrough the week \tthroughout a week \tthroughout each week \tthroughout every week \tthroughout the week \ndivided \tdivided out \tspaced \tspaced out \tsplit \tsplit out \tspread \tspread out ",  # spread_over_week
    835162818: "aggravates\tbrings on\tcauses\tgives you\tincreases\tmakes\tproduces\tworsens\naggravates \tbrings on \tcauses \tgives you \tincreases \tmakes \tproduces \tworsens \ndiscomfort \tdiscomfort , \tdiscomfort worse \tdiscomfort worse , \tpain \tpain , \tpain worse \tpain worse , \tsoreness \tsoreness , \tsoreness worse \tsoreness worse , \tsymptoms \tsymptoms , \tsymptoms worse \tsymptoms worse , \ndiscomfort \tpain \tsoreness \tsymptoms \nif \tshould \twhen \nplease rest \tplease stop \trest \tstop \tthen rest \tthen stop ",  # stop_rule_after_condition
    1930661059: "cease \tdiscontinue \thalt \treduce \trest \tstop \nif \tif the \tif your \tonce \tonce the \tonce your \twhen \twhen the \twhen your ",  # stop_rule
    4075571494: "fig N \tfigure N \tlevel N \tno N \tnumber N \tpage N \tphase N \tstage N \tstages N \tstep N \tsteps N \ttable N ",  # reference
    1549433790: "N % \tN % N rm \tN % of \tN % of N rm ",  # percent_rm
    2539617338: "N rm ",  # rep_max
    1307479986: "N on N - point scale \tN on N point scale \tN on a N - point scale \tN on a N point scale \tN on the N - point scale \tN on the N point scale \tN out of N ",  # rating
    2956157738: "achieve \taim to be able to \tare able to \tcan \tcan manage \tfeel able \tfeel comfortable \tfeel confident \tget to \thave managed to \thave mastered \tmanage to \treach \tyou should aim to be able to \tyou should be able to \nafter you \taim to be able to\tonce you \tuntil you \twhen you \twhenever you \tyou should aim to be able to\tyou should be able to",  # criterion_clause
    1869813296: "N x as long \tN x as much \tN x bigger \tN x faster \tN x greater \tN x harder \tN x less \tN x longer \tN x more \tN x shorter \tN x slower \nas \tthan ",  # times_longer
    1794064468: "N \tN complete \tN full \tN whole \ta \ta complete \ta full \ta whole \tat least N \tat least N complete \tat least N full \tat least N whole \tat least a \tat least a complete \tat least a full \tat least a whole \na week \teach week \tevery week \tin a week \tper week \noff\trecovery\trest\noff day \toff days \trecovery day \trecovery days \trest day \trest days ",  # rest_day_a_week
    433807904: "DOW \tDOW & \tDOW , \tDOW and \tDOW or \ta rest day \ta rest days \tmy rest day \tmy rest days \trest day \trest days \tyour rest day \tyour rest days \na rest day \ta rest days \tand a rest day \tand off \tand recovery \tand rest \tand rest days \tmy rest day \tmy rest days \toff \trecovery \trest \trest day \trest days \twith a rest day \twith off \twith recovery \twith rest \twith rest days \tyour rest day \tyour rest days ",  # rest_days
    3589608405: "begin N \tbegin a \tbeginning N \tbeginning a \tfrom N \tfrom a \tstart N \tstart a \tstarting N \tstarting a \nday\tdays\tweek\tweeks\nday after \tday following \tday post \tdays after \tdays following \tdays post \tweek after \tweek following \tweek post \tweeks after \tweeks following \tweeks post ",  # start_after
    2585956110: "until it is pain free \tuntil it's pain free \tuntil pain free \tuntil you are pain free \tuntil you're pain free ",  # criterion
    2250050705: "appointment\tcheck up\tcheckup\tclinic\tdoctor\tfollow up\tfollowup\tphysio\tphysiotherapist\treview\tsurgeon\tvisit\nappointment \tcheck up \tcheckup \tclinic \tdoctor \tfollow up \tfollowup \tphysio \tphysiotherapist \treview \tsurgeon \tvisit \nuntil \tuntil at \tuntil by \tuntil you are seen by \tuntil you are seen by at \tuntil you are seen by by \tuntil you see \tuntil you see at \tuntil you see by ",  # until_visit
    1662766900: "as long as \tif \tonce \tprovided \twhen \ndo not cause pain \tdo not hurt \tdoes not cause pain \tdoes not hurt \tdoesn't cause pain \tdoesn't hurt \tdon't cause pain \tdon't hurt \tit do not cause pain \tit do not hurt \tit does not cause pain \tit does not hurt \tit doesn't cause pain \tit doesn't hurt \tit don't cause pain \tit don't hurt \tlittle discomfort \tlittle pain \tlittle symptoms \tminimal discomfort \tminimal pain \tminimal symptoms \tno discomfort \tno pain \tno symptoms \tpain free ",  # condition
    245097722: "a review \treview ",  # review
    3070883880: "do not a hold\tdo not hold\tdon't a hold\tdon't hold\tdont a hold\tdont hold\tnever a hold\tnever hold\tno a hold\tno hold\twithout a hold\twithout hold",  # no_hold
    644392838: "N x N feet \tN x N foot \tN x N ft \tN x N km \tN x N kms \tN x N m \tN x N meter \tN x N meters \tN x N metre \tN x N metres \tN x N mile \tN x N miles \tN x N yard \tN x N yards \tN x N yd \tN x N yds ",  # distance_bouts
    1723990861: "appointment \tcheck - up \tcheck up \tcheckup \tclinic \tday \tdays \tfollow - up \tfollow up \tfollowup \tmonth \tmonths \treview \tvisit \tweek \tweeks \nappointment \tcheck - up \tcheck up \tcheckup \tclinic \tfollow - up \tfollow up \tfollowup \treview \tvisit ",  # milestone
    3259312317: "day\tsession\ttime\tweek\nday \tsession \ttime \tweek \ndeeper each \tdeeper every \tfarther each \tfarther every \tfurther each \tfurther every \tharder each \tharder every \thigher each \thigher every \tlonger each \tlonger every \tlower each \tlower every \tmore each \tmore every ",  # unmeasured_progression
    466608673: "left \tright \tthe left \tthe right \tyour left \tyour right \nrepeat\tsame\tthe same\nrepeat for \trepeat on \trepeat to \trepeat using \trepeat with \tsame for \tsame on \tsame to \tsame using \tsame with \tthe same for \tthe same on \tthe same to \tthe same using \tthe same with ",  # same_on_named_side
    999651115: "N bouts \tN cycles \tN intervals \tN pass throughs \tN passes \tN such bouts \tN such cycles \tN such intervals \tN such pass throughs \tN such passes ",  # cycles
    4118968091: "the after \tthese after ",  # the_following
    2280234268: " / week \t a week \t each week \t per week \nN day of \tN days of ",  # days_of_activity_a_week
    2306115991: "N x N + N ",  # sets_reps_each_side
    1082999133: "N degrees \tN degrees - N degrees \tN degrees - N \u00b0 \tN \u00b0 \tN \u00b0 - N degrees \tN \u00b0 - N \u00b0 ",  # degrees
    2987387019: "- N \t- N tempo \n- N \t- N tempo \ttempo : N \ttempo N ",  # tempo_digits
    2915427550: "count of N \tcount to N \tover N sec count \tover N second count \tover a N sec count \tover a N second count \tover the N sec count \tover the N second count \tover the course of N sec count \tover the course of N second count \tover the course of a N sec count \tover the course of a N second count \tover the course of the N sec count \tover the course of the N second count ",  # tempo_count
    1126196104: "a count of N \ta count to N \ta slow count of N \ta slow count to N \tcount of N \tcount to N \tfor a count of N \tfor a count to N \tfor a slow count of N \tfor a slow count to N \tfor count of N \tfor count to N \tfor slow count of N \tfor slow count to N \tslow count of N \tslow count to N ",  # count_hold
    266261260: "are repeat N x \tcycle N x \tcycle N x more \tis repeat N x \tprogram N x \tprogram N x more \tprogramme N x \tprogramme N x more \trepeat N x \troutine N x \troutine N x more \tsequence N x \tsequence N x more \tseries N x \tseries N x more \tsets N x \tsets N x more ",  # rounds
    1654222750: ", \t. \t; \tand \tthen \n, repeat \t, then repeat \t. repeat \t. then repeat \t; repeat \t; then repeat \tand repeat \tand then repeat \tthen repeat \tthen then repeat \nN reps \tN x \trepeat N reps \trepeat N x \trepeat for N reps \trepeat for N x \nN x \tN x more \tagain \nrest \trest for \trest of ",  # reps_rest_rounds
    3057468235: "N sets / day \tN sets a day \tN sets each day \tN sets per day ",  # sets_per_day
    499530132: "N day \tN days \tN month \tN months \tN week \tN weeks \ncourse \tplan \tprogram \tprogramme \tprotocol ",  # program_length
    3952637861: "N \tN full \ta \ta full \tat least N \tat least N full \tat least a \tat least a full \tat least one \tat least one full \tone \tone full \nallow \tallow for \thave \thave for \tleave \tleave for \trest \trest for \ttake \ttake for \twith \twith for \nday\tdays\nday between \tday in between \tday of rest between \tday of rest in between \tday off between \tday off in between \tdays between \tdays in between \tdays of rest between \tdays of rest in between \tdays off between \tdays off in between ",  # days_between
    3564508310: "after completion \tbefore and after \ton completion ",  # bare_anchor
    4094574734: ", \texercises , \tof them , \tof these , \treps , \tx , \nN \tdo N \tperform N \nN more \tN more exercises \tN more of them \tN more of these \tN more reps \tN more x \tanother N \tanother N exercises \tanother N of them \tanother N of these \tanother N reps \tanother N x \npause\trelax\trest\npause \trelax \trest ",  # sets_with_rests
    3542418252: "N \tdo N \tperform N \nORD\tleft\topposite\tright\nORD \tORD leg \tORD side \tleft \tleft leg \tleft side \topposite \topposite leg \topposite side \tright \tright leg \tright side \nchange \tdo the same \trepeat \tswitch \tthe same \nfor\ton\tto\tusing\twith\nfor\ton\tusing\twith\nfor \tfor the \tfor your \ton \ton the \ton your \tto \tto the \tto your \tusing \tusing the \tusing your \twith \twith the \twith your \nfor \tfor the \tfor your \ton \ton the \ton your \tusing \tusing the \tusing your \twith \twith the \twith your \nleft\tright\nleft \tleft , \tleft leg \tleft leg , \tleft side \tleft side , \tright \tright , \tright leg \tright leg , \tright side \tright side , ",  # reps_one_side_then_the_other
    1794238282: "/ \ta \teach \teachday \tin a \tp \tper \tx \n/ day \t/ week \ta day \ta week \teach day \teach week \teachday day \teachday week \tin a day \tin a week \tp day \tp week \tper day \tper week \tx day \tx week \nN \nbike rides \tclasses \thikes \tjogs \toutings \trides \truns \tswims \twalks \tworkouts ",  # outings_per_period
    4028037294: "activities\tactivity\tbath\tbike\tbiking\tbreakfast\tbrush teeth\tbrush your teeth\tbrushing teeth\tbrushing your teeth\tcycle\tcycling\tdinner\teat\teating\teccentric exercise\texercise\texercises\texercising\tfood\tfrom\tgame\tgames\tget out of bed\tget up\tget up from a chair\tget up from the chair\tget up from your chair\tgetting out of bed\tgetting up\tgetting up from a chair\tgetting up from the chair\tgetting up from your chair\tgo for a run\tgo for a walk\tgo for the run\tgo for the walk\tgo for your run\tgo for your walk\tgo to the toilet\tgoing to the toilet\tjog\tjogging\tjogs\tlunch\tmatch\tmatches\tmeal\tmeals\tpassing urine\tphysical activities\tphysical activity\tplay sport\tplaying sport\tpractice\tride\trides\trising\trun\trunning\truns\tsession\tshower\tshowering\tsit\tsit down\tsit for long periods\tsitting\tsitting down\tsitting for long periods\tsport\tsports\tstand\tstand up\tstand up from a chair\tstand up from the chair\tstand up from your chair\tstanding\tstanding up\tsupper\tswim\tswimming\tswims\tthe exercise\ttoilet\ttraining\turinate\turinating\twaking\twalk\twalking\twalks\twork\tyou begin\tyou brush teeth\tyou brush your teeth\tyou cycle\tyou eat\tyou exercise\tyou get out of bed\tyou get up\tyou get up from a chair\tyou get up from the chair\tyou get up from your chair\tyou go for a run\tyou go for a walk\tyou go for the run\tyou go for the walk\tyou go for your run\tyou go for your walk\tyou go to the toilet\tyou pass urine\tyou run\tyou shower\tyou sit\tyou sit down\tyou sit for long periods\tyou stand\tyou stand up\tyou start\tyou start your walk\tyou swim\tyou urinate\tyou walk\nafter you \tafter you are \tafter you have \tafter you're \tafter you've \tfollow \tfollow up \tonce you \tonce you are \tonce you have \tonce you're \tonce you've \twhen you \twhen you are \twhen you have \twhen you're \twhen you've ",  # after_event_in_prose
    2086428024: ") \tto N hour ) \tto N hours ) \tto N min ) \tto N sec ) \tto N second ) \nN hour \tN hours \tN min \tN sec \tN second \nbreak ( \tpause ( \trecovery ( \trest ( ",  # rest_in_brackets
    233840744: "N hour after \tN hour before \tN hours after \tN hours before \tN min after \tN min before \tN sec after \tN sec before \tN second after \tN second before \tafter \tbefore \nafter each lunch \tafter every lunch \tafter lunch \tafter your lunch \tbefore each lunch \tbefore every lunch \tbefore lunch \tbefore your lunch \teach lunch \tevery lunch \tlunch \tyour lunch \nbreakfast \tbreakfast , \teach breakfast \teach breakfast , \tevery breakfast \tevery breakfast , \tyour breakfast \tyour breakfast , \ndinner\tsupper\ttea\ndinner \tsupper \ttea ",  # each_meal
    1606990614: "N hour after\tN hour before\tN hour prior\tN hours after\tN hours before\tN hours prior\ta hour after\ta hour before\ta hour prior\ta hours after\ta hours before\ta hours prior\nactivities\tactivity\tbath\tbike\tbiking\tbreakfast\tbrush teeth\tbrush your teeth\tbrushing teeth\tbrushing your teeth\tcycle\tcycling\tdinner\teat\teating\teccentric exercise\texercise\texercises\texercising\tfood\tfrom\tgame\tgames\tget out of bed\tget up\tget up from a chair\tget up from the chair\tget up from your chair\tgetting out of bed\tgetting up\tgetting up from a chair\tgetting up from the chair\tgetting up from your chair\tgo for a run\tgo for a walk\tgo for the run\tgo for the walk\tgo for your run\tgo for your walk\tgo to the toilet\tgoing to the toilet\tjog\tjogging\tjogs\tlunch\tmatch\tmatches\tmeal\tmeals\tpassing urine\tphysical activities\tphysical activity\tplay sport\tplaying sport\tpractice\tride\trides\trising\trun\trunning\truns\tsession\tshower\tshowering\tsit\tsit down\tsit for long periods\tsitting\tsitting down\tsitting for long periods\tsport\tsports\tstand\tstand up\tstand up from a chair\tstand up from the chair\tstand up from your chair\tstanding\tstanding up\tsupper\tswim\tswimming\tswims\tthe exercise\ttoilet\ttraining\turinate\turinating\twaking\twalk\twalking\twalks\twork\tyou begin\tyou brush teeth\tyou brush your teeth\tyou cycle\tyou eat\tyou exercise\tyou get out of bed\tyou get up\tyou get up from a chair\tyou get up from the chair\tyou get up from your chair\tyou go for a run\tyou go for a walk\tyou go for the run\tyou go for the walk\tyou go for your run\tyou go for your walk\tyou go to the toilet\tyou pass urine\tyou run\tyou shower\tyou sit\tyou sit down\tyou sit for long periods\tyou stand\tyou stand up\tyou start\tyou start your walk\tyou swim\tyou urinate\tyou walk",  # offset_anchor
    1809752435: "as pain \tas symptom \tas symptoms \tas the pain \tas the symptom \tas the symptoms \ndictate\tdictates\trequire\trequires\ndictate \tdictate it \tdictates \tdictates it \trequire \trequire it \trequires \trequires it ",  # as_symptoms_require
    1177252260: "do N \tdo N of it \tdo N of them \tdo N of these \tdo N of this \tperform N \tperform N of it \tperform N of them \tperform N of these \tperform N of this ",  # do_n
    2959840730: "frequency / day - N \tfrequency / day : N \tfrequency / day = N \tfrequency / day N \tfrequency a day - N \tfrequency a day : N \tfrequency a day = N \tfrequency a day N \tfrequency per day - N \tfrequency per day : N \tfrequency per day = N \tfrequency per day N ",  # label_frequency_day
    3001725150: "frequency / week - N \tfrequency / week : N \tfrequency / week = N \tfrequency / week N \tfrequency a week - N \tfrequency a week : N \tfrequency a week = N \tfrequency a week N \tfrequency per week - N \tfrequency per week : N \tfrequency per week = N \tfrequency per week N ",  # label_frequency_week
    2388122863: "N N min sets \tN N sec sets \tN N second sets ",  # dur_sets
    1554805036: "last thing at night \tlast thing each night \tlast thing every night ",  # last_thing_at_night
    3004658319: "at retiring \tbefore retiring \ton retiring \tupon retiring ",  # on_retiring
    2673523075: "/ \ta \teach \teachday \tin a \tp \tper \tx \nN N hour \tN N hours \tN N min \tN N sec \tN N second \nbout\tbouts\tjogs\tperiod\tperiods\trides\truns\tsession\tswims\twalks\nbout \tbouts \tjogs \tperiod \tperiods \trides \truns \tsession \tswims \twalks \ndaily\tday\tweek\tweekly\ndaily \tday \tweek \tweekly ",  # timed_sessions
    626216415: "activities\tactivity\tbath\tbike\tbiking\tbreakfast\tbrush teeth\tbrush your teeth\tbrushing teeth\tbrushing your teeth\tcycle\tcycling\tdinner\teat\teating\teccentric exercise\texercise\texercises\texercising\tfood\tfrom\tgame\tgames\tget out of bed\tget up\tget up from a chair\tget up from the chair\tget up from your chair\tgetting out of bed\tgetting up\tgetting up from a chair\tgetting up from the chair\tgetting up from your chair\tgo for a run\tgo for a walk\tgo for the run\tgo for the walk\tgo for your run\tgo for your walk\tgo to the toilet\tgoing to the toilet\tjog\tjogging\tjogs\tlunch\tmatch\tmatches\tmeal\tmeals\tpassing urine\tphysical activities\tphysical activity\tplay sport\tplaying sport\tpractice\tride\trides\trising\trun\trunning\truns\tsession\tshower\tshowering\tsit\tsit down\tsit for long periods\tsitting\tsitting down\tsitting for long periods\tsport\tsports\tstand\tstand up\tstand up from a chair\tstand up from the chair\tstand up from your chair\tstanding\tstanding up\tsupper\tswim\tswimming\tswims\tthe exercise\ttoilet\ttraining\turinate\turinating\twaking\twalk\twalking\twalks\twork\tyou begin\tyou brush teeth\tyou brush your teeth\tyou cycle\tyou eat\tyou exercise\tyou get out of bed\tyou get up\tyou get up from a chair\tyou get up from the chair\tyou get up from your chair\tyou go for a run\tyou go for a walk\tyou go for the run\tyou go for the walk\tyou go for your run\tyou go for your walk\tyou go to the toilet\tyou pass urine\tyou run\tyou shower\tyou sit\tyou sit down\tyou sit for long periods\tyou stand\tyou stand up\tyou start\tyou start your walk\tyou swim\tyou urinate\tyou walk\ncompleted\tdone\tfinished\ncompleted \tdone \tfinished \nonce \tonce have \tonce you \tonce you have \tonce you have have \tonce you've \tonce you've have ",  # once_finished
    298356832: "on N arm \ton N arms \ton N leg \ton N legs \ton a single arm \ton a single arms \ton a single leg \ton a single legs \ton single arm \ton single arms \ton single leg \ton single legs ",  # on_one_limb
    1874858694: " for \nN \ta \nbreak from \trest from \tstop from \ttime off from \nday\tdays\tfortnight\tfortnights\tmonth\tmonths\tnight\tnights\tweek\tweeks\tyear\tyears\nday \tdays \tfortnight \tfortnights \tmonth \tmonths \tnight \tnights \tweek \tweeks \tyear \tyears ",  # rest_from
    1038948003: "N hour \tN hours \tN min \tN sec \tN second \nbounce\tbouncing\tcircle\tcircling\tcontinue\tdo\tpedal\tpedaling\tpedalling\tperform\tpump\tpumping\trelax\trelaxation\trepeat\treps\trest\trock\trocking\trotate\trotating\tshake\tshaking\tswing\tswinging\ttap\ttapping\twiggle\twiggling\twork\tworking\nfor ",  # timed_work
    82339604: "N sec \tN sec to N sec \tN sec to N second \tN second \tN second to N sec \tN second to N second ",  # seconds_hold
    1183345203: "N x \tdo this N x \trepeat N x \trepeated N x \na day \tday \teach day \tthe day \tyour day \nacross\tduring\tin\tover\tthrough\tthroughout\nacross \tacross the course of \tduring \tduring the course of \tin \tin the course of \tover \tover the course of \tthrough \tthrough the course of \tthroughout \tthroughout the course of ",  # times_during_the_day
    1869667999: "hold N breath \thold N breaths \thold breath \thold breaths \thold for N breath \thold for N breaths \thold for breath \thold for breaths \thold it N breath \thold it N breaths \thold it breath \thold it breaths \thold this N breath \thold this N breaths \thold this breath \thold this breaths ",  # hold_breaths
    1980181632: "build \tbuilding \tincrease \tincreasing \tprogress \tprogressing \nhold \tholding \tthat \tthe \tthis \ttime \tup \tyour \nhold to N \thold up to N \tholding to N \tholding up to N \tthat to N \tthat up to N \tthe to N \tthe up to N \tthis to N \tthis up to N \ttime to N \ttime up to N \tup to N \tup up to N \tyour to N \tyour up to N \nhour\thours\tmin\tsec\tsecond\nhour \thours \tmin \tsec \tsecond ",  # increase_to
    2047911158: "a \ta N \teach \teach N \tevery \tevery N \tper \tper N \nadd N \tadd an \tadd another \tadding N \tadding an \tadding another \tincrease by N \tincrease by an \tincrease by another \tincreasing by N \tincreasing by an \tincreasing by another \nday\tdays\tfortnight\tfortnights\tmonth\tmonths\tnight\tnights\tweek\tweeks\tyear\tyears\nday \tdays \tfortnight \tfortnights \tmonth \tmonths \tnight \tnights \tweek \tweeks \tyear \tyears ",  # add_more_every
    4276351819: "N \tby N \nadd \tadding \tincrease \tincreasing \tintroduce \tintroducing \nday \tdays \tkg \tlb \tmin \treps \tsec \tsecond \tsession \tsets \tweek \tweeks \tx ",  # increase_by
    760261516: "after that\tthen\tthere after\tthereafter\nafter that \tthen \tthere after \tthereafter ",  # then_stage
    2757722763: "sets / reps - N / N \tsets / reps : N / N \tsets / reps = N / N \tsets / reps N / N ",  # label_sets_slash_reps
    1386798965: "N \tN x \ndaily \thold \trepeat \treps \tsets \tweekly ",  # label
    2450763628: "advance \tadvanced \tadvancing \tbuild \tbuilding \tgoing \tincrease \tincreased \tincreasing \tprogress \tprogressed \tprogressing \twork \tworking \nto \tup to ",  # progression
    1297218920: "+ N % \t+ N kg \t+ N lb \t+ N min \t+ N reps \t+ N sec \t+ N second \t+ N sets \t+ N x \nN days\tN weeks\tday\tsession\tweek\nN days \tN weeks \tday \tsession \tweek ",  # progress_step
    4286835434: "N / N \tfor N / N \tx N / N ",  # uk_duration
    3503906416: "N / N ",  # ratio
    1426160887: "/ \ta \teach \tper \n/ daily \t/ day \t/ session \ta daily \ta day \ta session \teach daily \teach day \teach session \tper daily \tper day \tper session \nN hour \tN hours \tN min \tN sec \tN second ",  # bout_per_day
    1199994280: "/ week \ta week \teach week \tevery week \tin a week \tper week \nN hour \tN hours \tN min \tN sec \tN second ",  # total_per_week
    685282478: "N hour \tN hours \tN min \tN sec \tN second \nat a time \tto N hour at a time \tto N hours at a time \tto N min at a time \tto N sec at a time \tto N second at a time ",  # bout_at_a_time
    1542205130: "N hour \tN hours \tN min \tN sec \tN second \nbike\tbiking\tcycle\tcycling\thike\thiking\tjog\tjogging\tmarch\tmarching\tride\triding\trow\trowing\trun\trunning\truns\tshuffle\tshuffles\tskip\tskipping\tsprint\tsprints\tstride\tstrides\tswim\tswimming\twalk\twalking\twalks",  # bout_locomotion
    1363346637: "N hour \tN hours \tN min \tN sec \tN second \nbike\tbiking\tcycle\tcycling\thike\thiking\tjog\tjogging\tmarch\tmarching\tride\triding\trow\trowing\trun\trunning\truns\tshuffle\tshuffles\tskip\tskipping\tsprint\tsprints\tstride\tstrides\tswim\tswimming\twalk\twalking\twalks",  # bout_then_locomotion
    224945412: "N hour \tN hours \tN min \tN sec \tN second \nN x N x ",  # sets_reps_hold
    221456452: "N hour \tN hours \tN min \tN sec \tN second \nN x ",  # reps_hold
    1145652847: "N hour \tN hours \tN min \tN sec \tN second \nN sets \tN sets N x \tN sets of \tN sets of N x \tN sets x \tN sets x N x \nhold \tisometric ",  # sets_of_hold
    1119223007: "N min \tN min to N min \tN min to N sec \tN min to N second \tN sec \tN sec to N min \tN sec to N sec \tN sec to N second \tN second \tN second to N min \tN second to N sec \tN second to N second \nN sets of \tN sets of N x ",  # sets_of_dur
    2685099920: "N hour \tN hours \tN min \tN sec \tN second \nN reps \tN reps of \tN reps x ",  # reps_of_hold
    4266242197: "N x N \tN x N ea \tN x N reps \tN x N reps ea ",  # sets_x_reps
    4094484743: "N sets , N \tN sets , N reps \tN sets : N \tN sets : N reps \tN sets N \tN sets N reps \tN sets of N \tN sets of N reps \tN sets with N \tN sets with N reps \tN sets x N \tN sets x N reps ",  # sets_of_reps
    3429883119: ", N sets \t/ N sets \tN sets \tin N sets \tof N sets \tx N sets \nN reps \tN reps ea \tN reps each ",  # reps_x_sets
    3597577975: "N x N x ",  # sets_reps_times
    3476868741: "x N sets N reps \tx N sets of N reps \tx N sets of x N reps \tx N sets x N reps ",  # x_sets_x_reps
    2575480270: "x N reps ",  # x_reps
    1277779868: "x N sets ",  # x_sets
    1839750115: "N \nin reps of \tin sets of \tinto reps of \tinto sets of ",  # in_sets_of
    2551492394: "N complete sets \tN full sets \tN more complete sets \tN more full sets \tN more separate sets \tN more sets \tN more whole sets \tN separate sets \tN sets \tN whole sets ",  # sets
    1389894216: "N \tN reps \tN x \nea \teach \tfor ea \tfor each \tfor per \ton ea \ton each \ton per \tper \tper ea \tper each \tper per \twith ea \twith each \twith per \nleg\tlegs\tside\tsides\nleg \tlegs \tside \tsides ",  # reps_per_side
    180016031: "N \tN more \nreps \treps / sets \treps / sets ea \treps / x \treps / x ea \treps ea \treps each x \treps each x ea \treps per sets \treps per sets ea ",  # reps
    1301500991: "N \tN more \tN more reps \tN more x \tN reps \tN x \tN x more \tN x more reps \tN x more x \tN x reps \tN x x \nrepeat ",  # repeat
    144642228: "repeat again \trepeat that sets \trepeat that sets again \trepeat that sets once \trepeat the sets \trepeat the sets again \trepeat the sets once \trepeat this sets \trepeat this sets again \trepeat this sets once \trest , and repeat \trest , then repeat \trest and repeat \trest then repeat ",  # repeat_the_set
    1682084438: "relax , and then repeat \trelax , then repeat \trelax and then repeat \trelax then repeat \trelease , and then repeat \trelease , then repeat \trelease and then repeat \trelease then repeat ",  # relax_then_repeat
    3169048201: "and then repeat \tand then repeat again \tand then repeat it \tand then repeat once \tand then repeat this \tthen repeat \tthen repeat again \tthen repeat it \tthen repeat once \tthen repeat this ",  # then_repeat
    2785826361: ": x N \tx N \nrepeat ",  # repeat_x
    3493641549: "N more x ",  # n_more_times
    2007059061: ", x N \tx N \nN hour \tN hours \tN min \tN sec \tN second \nhold \thold for ",  # hold_x
    3514318057: ", x N \tx N \nN hour \tN hours \tN min \tN sec \tN second \nhold \tisometric \tto N hour hold \tto N hour isometric \tto N hours hold \tto N hours isometric \tto N min hold \tto N min isometric \tto N sec hold \tto N sec isometric \tto N second hold \tto N second isometric ",  # dur_hold_x
    3780430246: "N min x N \tN sec x N \tN second x N ",  # dur_x_n
    787365375: "N \tN counts \tN slow counts \tcounted to N \tcounted up to N \tis counted to N \tis counted up to N \tit is counted to N \tit is counted up to N \nN counts \tN slow counts \ta count of \ta count to \ta slow count of \ta slow count to \tcount of \tcount to \tcounted to N \tcounted up to N \tis counted to N \tis counted up to N \tit is counted to N \tit is counted up to N \tslow count of \tslow count to ",  # hold_count
    549134404: "N big breaths \tN breaths \tN deep breaths \tN full breaths \tN slow breaths ",  # breaths
    4128999319: "begin \tbegin off \tbegin out \tbeginning \tbeginning off \tbeginning out \tstart \tstart off \tstart out \tstarting \tstarting off \tstarting out \nby doing\tdoing\twith\nby doing N \tdoing N \twith N ",  # start_with
    2959738873: "hold until count N \thold until count to N \thold until you count N \thold until you count to N \thold until your count N \thold until your count to N ",  # hold_until_count
    82018034: "N hour \tN hours \tN min \tN sec \tN second \nbent\tcontracted\tlifted\tpose\tposition\traised\tstill\tstraight\tstretch\ttense\tthere\ttight\tup\nbent \tcontracted \tlifted \tpose \tposition \traised \tstill \tstraight \tstretch \ttense \tthere \ttight \tup \nkeep \tkeep in \tkeep it \tkeep them \tremain \tremain in \tremain it \tremain them \trest \trest in \trest it \trest them \tstay \tstay in \tstay it \tstay them ",  # stay_hold
    4134478346: "N hour \tN hours \tN min \tN sec \tN second \nhold ",  # hold
    1312273055: "hold : N \thold N \thold for N ",  # hold_bare
    3207554912: "over a count of N ",  # tempo
    2275101739: "a count of N \tcount of N \tfor a count of N \tfor count of N ",  # count_of
    972640111: "N hour \tN hours \tN min \tN sec \tN second \nhold \tisometric \tto N hour hold \tto N hour isometric \tto N hours hold \tto N hours isometric \tto N min hold \tto N min isometric \tto N sec hold \tto N sec isometric \tto N second hold \tto N second isometric ",  # dur_hold
    2117236480: "N min \tN min to N min \tN min to N sec \tN min to N second \tN sec \tN sec to N min \tN sec to N sec \tN sec to N second \tN second \tN second to N min \tN second to N sec \tN second to N second \neach \tfor each \tfor per \ton each \ton per \tper \tper each \tper per \twith each \twith per \nleg\tlegs\tside\tsides\nleg \tlegs \tside \tsides ",  # dur_each_side
    541727079: "N hour \tN hours \tN min \tN sec \tN second \nrest \trest for \trest of ",  # rest
    207097604: "N hour \tN hours \tN min \tN sec \tN second \nbreak\tpause\trest\nbreak \tpause \trest ",  # rest_after
    2441074664: "N hour \tN hours \tN min \tN sec \tN second \nrelax \trelax for \trest \trest for ",  # relax
    53704783: "N kg \tN lb \tat N kg \tat N lb \tholding N kg \tholding N lb \tusing N kg \tusing N lb \twith N kg \twith N lb ",  # load
    2020091431: "both direction \teach direction \tfor both direction \tfor each direction \tfor per direction \tin both direction \tin each direction \tin per direction \ton both direction \ton each direction \ton per direction \tper direction \twith both direction \twith each direction \twith per direction ",  # each_direction
    2659737352: "both leg at once \tboth leg at the same time \tboth leg simultaneously \tboth leg together \tboth legs at once \tboth legs at the same time \tboth legs simultaneously \tboth legs together \tboth side at once \tboth side at the same time \tboth side simultaneously \tboth side together \tboth sides at once \tboth sides at the same time \tboth sides simultaneously \tboth sides together \tuse both leg \tuse both legs \tuse both side \tuse both sides \tusing both leg \tusing both legs \tusing both side \tusing both sides \tusing the ORD leg \tusing your ORD leg \twith the ORD leg \twith your ORD leg ",  # not_a_side
    2853310577: "ORD\talternate\talternating\tboth\teach\teither\topposite\tper\nORD \talternate \talternating \tboth \teach \teither \topposite \tper \nleg\tlegs\tside\tsides\nleg \tlegs \tside \tsides ",  # side
    1225732975: "/ arm \t/ leg \t/ legs \t/ side \t/ sides \tORD arm \tORD leg \tORD legs \tORD side \tORD sides \tbilateral \tboth \tchange \tchange over to \tchange the \tchange to \tchanging \tchanging over to \tchanging the \tchanging to \tea \teach \teither \tl & l \tl & r \tl + l \tl + r \tl / l \tl / r \tl and l \tl and r \tleft , N \tleft / left \tleft / right \tleft and N \tleft and right \tleft then N \tmove over to \tmove to \tmoving over to \tmoving to \topposite arm \topposite leg \topposite legs \topposite side \topposite sides \tr & l \tr & r \tr + l \tr + r \tr / l \tr / r \tr and l \tr and r \treverse \treverse the \treversing \treversing the \tright , N \tright / left \tright / right \tright and N \tright and left \tright then N \tswap \tswap over to \tswap the \tswap to \tswapping \tswapping over to \tswapping the \tswapping to \tswitch \tswitch over to \tswitch the \tswitch to \tswitching \tswitching over to \tswitching the \tswitching to ",  # side_words
    252571104: "/ daily\t/ day\ta daily\ta day\tdaily\teach daily\teach day\teachday\teachday daily\teachday day\teveryday\tin a daily\tin a day\tp daily\tp day\tper daily\tper day\tx daily\tx day\nx N ",  # x_n_daily
    1544506678: "VAGUE of x \tVAGUE session \tVAGUE time \tVAGUE x \ta VAGUE of x \ta VAGUE session \ta VAGUE time \ta VAGUE x \ndaily\tday\teachday\tweek\tweekly\ndaily \tday \teachday \tweek \tweekly ",  # vague_day
    2607412046: "VAGUE intervals \tVAGUE intervals during day \tVAGUE intervals during the day \tVAGUE intervals through day \tVAGUE intervals through the day \tVAGUE intervals throughout day \tVAGUE intervals throughout the day \tat VAGUE intervals \tat VAGUE intervals during day \tat VAGUE intervals during the day \tat VAGUE intervals through day \tat VAGUE intervals through the day \tat VAGUE intervals throughout day \tat VAGUE intervals throughout the day ",  # vague_intervals
    3814878372: "most days \tmost days of the week ",  # most_days
    652664702: "N x at \tN x at the \tN x during \tN x during the \tN x each \tN x every \tN x in \tN x in the ",  # n_times_slot
    1472953393: "N x across day \tN x across the day \tN x during day \tN x during the day \tN x over day \tN x over the day \tN x through day \tN x through the day \tN x throughout day \tN x throughout the day ",  # n_times_through_day
    1578058565: "N x daily - N x daily \tN x daily / N x daily \tN x daily or N x daily \tN x daily to N x daily ",  # code_range
    367941947: "N session \tN time \tN x \ndaily\tday\teachday\teveryday\ndaily \tday \teachday \teveryday ",  # per_day
    2231521417: "N a daily \tN a day \tN each daily \tN each day ",  # count_each_day
    1522018978: "N / daily \tN / day \tN a daily \tN a day \tN each daily \tN each day \tN p daily \tN p day \tN per daily \tN per day ",  # per_day_slash
    696749537: "24 hour \t24 hours \tN hour \tN hours \nN \tN session \tN time \tN x \neach\tevery\tin\tper\twithin\neach \teach a \teach any \tevery \tevery a \tevery any \tin \tin a \tin any \tper \tper a \tper any \twithin \twithin a \twithin any ",  # per_24_hours
    3858438754: " hour \t hourly \t hours \tN hour \tN hourly \tN hours \ta hour \ta hourly \ta hours \na \teach \tq ",  # every_hours
    360039612: "mid - day \tmid day ",  # mid_day
    2471733295: "q am \tq bedtime \tq evening \tq morning \tq night \tq pm ",  # q_slot
    822520069: "q daily \tq day ",  # q_day
    118423112: "N hourly ",  # n_hourly
    1930385277: "each hour \thourly \tper hour ",  # hourly
    563946126: "24 hours a day \taround the clock \tday and night \tduring day and night \tduring the day and night \tnight and day \tround the clock \tthrough day and night \tthrough the day and night \tthroughout day and night \tthroughout the day and night ",  # round_clock
    1182015201: "awake \tduring day \tduring daytime \tduring the day \tduring the daytime \tduring the waking hours \tduring waking hours \tin the day time \tin the daytime \tin waking hours \tthroughout day \tthroughout daytime \tthroughout the day \tthroughout the daytime \tthroughout the waking hours \tthroughout waking hours \twaking hours \twhen awake \twhen you are awake \twhile awake \twhile you are awake \twhilst awake \twhilst you are awake ",  # waking
    777596344: "afternoon\tbedtime\tevening\tmorning\tnight\nafternoon \tbedtime \tevening \tmorning \tnight \nalternate \teach ORD \teach second \ton alternate \ton each ORD \ton each second ",  # every_other_slot
    3503775176: "day \teachday \tmonth \tmonths \tweek \tweeks \neach ORD \teach second \ton each ORD \ton each second ",  # every_ord_day
    3586701536: "alternate . day \talternate . days \talternate day \talternate days \tevery alternate . day \tevery alternate . days \tevery alternate day \tevery alternate days \ton alternate . day \ton alternate . days \ton alternate day \ton alternate days ",  # alternate_days
    447468088: "N day \tN days \tN fortnight \tN fortnights \tN month \tN months \tN night \tN nights \tN week \tN weeks \tN year \tN years \neach ",  # every_n_units
    561786540: "q N month \tq N months \tq N week \tq N weeks \tq month \tq months \tq week \tq weeks ",  # q_n_weeks
    1553939187: "o N day \to N days \tq N day \tq N days ",  # q_n_days
    424568006: "N day apart \tN days apart \tN week apart \tN weeks apart ",  # days_apart
    1712230510: "DOW \ta DOW \tnext DOW \tthis DOW \nbegin \tbegin on \tbeginning \tbeginning on \tfrom \tfrom on \tstart \tstart on \tstarting \tstarting on ",  # start_weekday
    3119259627: " between \t between each \t in between \t in between each \ts between \ts between each \ts in between \ts in between each \nN rest day\ta rest day\tand N rest day\tand a rest day\tand one rest day\tand rest day\tone rest day\trest day\twith N rest day\twith a rest day\twith one rest day\twith rest day",  # rest_day_between
    376828251: "N day of rest between \tN day of rest in between \tN day rest between \tN day rest in between \tN days of rest between \tN days of rest in between \tN days rest between \tN days rest in between ",  # rest_days_between
    2403813717: "N x a fortnight \tN x each fortnight \tN x every fortnight \tN x per fortnight \teach fortnight \tfortnightly ",  # fortnightly
    141630659: "N x a month \tN x each month \tN x every month \tN x per month \teach month \tmonthly ",  # monthly
    2235519372: "day\tweek\nday - N \tday : N \tday = N \tweek - N \tweek : N \tweek = N \ndays / \tdays a \tdays per \tsession / \tsession a \tsession per \tsessions / \tsessions a \tsessions per \ttimes / \ttimes a \ttimes per \tx / \tx a \tx per ",  # label_days_per_period
    325627799: "N runs during \tN runs for \tN runs in \tN runs of \tN session during \tN session for \tN session in \tN session of \tN workouts during \tN workouts for \tN workouts in \tN workouts of \tweek N \tweek N - N \twk N \twk N - N \nrun \truns \tsession \tweek N \twk N \tworkout \tworkouts ",  # sessions_in_a_week
    3806976379: "N day \tN days \tN session \tN time \tN x \nweek\tweekly\nweek \tweekly ",  # per_week
    2406257625: "N \tN day \tN days \tthe week \nN day of \tN day out of \tN days of \tN days out of \tN of \tN out of \tN x of \tN x out of ",  # days_out_of_seven
    3550492128: "N / week \tN / weekly \tN a week \tN a weekly \tN each week \tN each weekly \tN eachday week \tN eachday weekly \tN in a week \tN in a weekly \tN p week \tN p weekly \tN per week \tN per weekly \tN x week \tN x weekly ",  # per_week_slash
    3177108843: "N x weekly ",  # n_x_weekly
    1967081525: "x N weekly ",  # x_n_weekly
    3935238965: "N weekly ",  # n_weekly
    408641077: " day / \t day a \t day each \t day eachday \t day in a \t day p \t day per \t day x \t days / \t days a \t days each \t days eachday \t days in a \t days p \t days per \t days x \nN \nweek\tweekly\nweek \tweekly ",  # days_per_week_adj
    3314630764: " session / week \t session / weekly \t session a week \t session a weekly \t session each week \t session each weekly \t session eachday week \t session eachday weekly \t session in a week \t session in a weekly \t session p week \t session p weekly \t session per week \t session per weekly \t session x week \t session x weekly \nN ",  # sessions_per_week
    2661827234: " session \texercise \texercises \tprogram \tprogramme \tstretch \tstretches \n session \tsession \n/ \ta \teach \teachday \tin a \tp \tper \tx \n/ daily \t/ day \ta daily \ta day \teach daily \teach day \teachday daily \teachday day \tin a daily \tin a day \tp daily \tp day \tper daily \tper day \tx daily \tx day \nN ",  # sessions_per_day
    707349581: "each week \tonce a week \tweekly ",  # weekly
    1924294075: "DOW \tweekdays \tweekends \nexcept\texcluding\tnot\nexcept \texcept at \texcept for \texcept on \texcluding \texcluding at \texcluding for \texcluding on \tnot \tnot at \tnot for \tnot on ",  # except
    2050076226: "DOW \teach DOW \tevery DOW \ton DOW ",  # weekdays
    1078430037: "weekdays\tweekends\nweekdays \tweekends ",  # weekday_group
    1174290759: "at \tbefore \tprior to \nbed \tbed time \tbedtime \tbedtime time \tfall asleep \tfalling asleep \tgo to sleep \tgoing to bed \tgoing to bed time \tgoing to bedtime \tgoing to bedtime time \tgoing to sleep \tyou fall asleep \tyou falling asleep \tyou go to bed \tyou go to bed time \tyou go to bedtime \tyou go to bedtime time \tyou go to sleep \tyou going to sleep ",  # before_bed
    4231424070: "after \tafter you \tas soon as \tas soon as you \ton \ton you \tupon \tupon you \twhen \twhen you \nawaking\tfirst waking\trising\twake\twakening\twaking\nawaking \tawaking up \tfirst waking \tfirst waking up \trising \trising up \twake \twake up \twakening \twakening up \twaking \twaking up ",  # on_waking
    1342423018: "N on ",  # omni_nocte
    438577168: "TIME - TIME \tTIME till TIME \tTIME to TIME \tTIME until TIME \tat TIME - TIME \tat TIME till TIME \tat TIME to TIME \tat TIME until TIME \tbetween TIME and TIME \tfrom TIME - TIME \tfrom TIME till TIME \tfrom TIME to TIME \tfrom TIME until TIME ",  # time_span
    183956000: "TIME \tafternoon \tam \tbedtime \tevening \tlunch \tmane \tmorning \tnight \tnightly \tnocte \tnoon \tpm \tqam \tqpm ",  # times
    755214330: "before and ",  # pending_before
    1349197593: "afterward \tafterwards ",  # pending_after
    3312481702: "activities\tactivity\tbath\tbike\tbiking\tbreakfast\tbrush teeth\tbrush your teeth\tbrushing teeth\tbrushing your teeth\tcycle\tcycling\tdinner\teat\teating\teccentric exercise\texercise\texercises\texercising\tfood\tfrom\tgame\tgames\tget out of bed\tget up\tget up from a chair\tget up from the chair\tget up from your chair\tgetting out of bed\tgetting up\tgetting up from a chair\tgetting up from the chair\tgetting up from your chair\tgo for a run\tgo for a walk\tgo for the run\tgo for the walk\tgo for your run\tgo for your walk\tgo to the toilet\tgoing to the toilet\tjog\tjogging\tjogs\tlunch\tmatch\tmatches\tmeal\tmeals\tpassing urine\tphysical activities\tphysical activity\tplay sport\tplaying sport\tpractice\tride\trides\trising\trun\trunning\truns\tsession\tshower\tshowering\tsit\tsit down\tsit for long periods\tsitting\tsitting down\tsitting for long periods\tsport\tsports\tstand\tstand up\tstand up from a chair\tstand up from the chair\tstand up from your chair\tstanding\tstanding up\tsupper\tswim\tswimming\tswims\tthe exercise\ttoilet\ttraining\turinate\turinating\twaking\twalk\twalking\twalks\twork\tyou begin\tyou brush teeth\tyou brush your teeth\tyou cycle\tyou eat\tyou exercise\tyou get out of bed\tyou get up\tyou get up from a chair\tyou get up from the chair\tyou get up from your chair\tyou go for a run\tyou go for a walk\tyou go for the run\tyou go for the walk\tyou go for your run\tyou go for your walk\tyou go to the toilet\tyou pass urine\tyou run\tyou shower\tyou sit\tyou sit down\tyou sit for long periods\tyou stand\tyou stand up\tyou start\tyou start your walk\tyou swim\tyou urinate\tyou walk\nafter \tafter to \tbefore \tbefore to \tfollowing \tfollowing to \tprior \tprior to ",  # anchor
    3961685413: "activities\tactivity\tbath\tbike\tbiking\tbreakfast\tbrush teeth\tbrush your teeth\tbrushing teeth\tbrushing your teeth\tcycle\tcycling\tdinner\teat\teating\teccentric exercise\texercise\texercises\texercising\tfood\tfrom\tgame\tgames\tget out of bed\tget up\tget up from a chair\tget up from the chair\tget up from your chair\tgetting out of bed\tgetting up\tgetting up from a chair\tgetting up from the chair\tgetting up from your chair\tgo for a run\tgo for a walk\tgo for the run\tgo for the walk\tgo for your run\tgo for your walk\tgo to the toilet\tgoing to the toilet\tjog\tjogging\tjogs\tlunch\tmatch\tmatches\tmeal\tmeals\tpassing urine\tphysical activities\tphysical activity\tplay sport\tplaying sport\tpractice\tride\trides\trising\trun\trunning\truns\tsession\tshower\tshowering\tsit\tsit down\tsit for long periods\tsitting\tsitting down\tsitting for long periods\tsport\tsports\tstand\tstand up\tstand up from a chair\tstand up from the chair\tstand up from your chair\tstanding\tstanding up\tsupper\tswim\tswimming\tswims\tthe exercise\ttoilet\ttraining\turinate\turinating\twaking\twalk\twalking\twalks\twork\tyou begin\tyou brush teeth\tyou brush your teeth\tyou cycle\tyou eat\tyou exercise\tyou get out of bed\tyou get up\tyou get up from a chair\tyou get up from the chair\tyou get up from your chair\tyou go for a run\tyou go for a walk\tyou go for the run\tyou go for the walk\tyou go for your run\tyou go for your walk\tyou go to the toilet\tyou pass urine\tyou run\tyou shower\tyou sit\tyou sit down\tyou sit for long periods\tyou stand\tyou stand up\tyou start\tyou start your walk\tyou swim\tyou urinate\tyou walk\nat the beginning of \tat the end of \tat the start of ",  # start_or_end_of_event
    2908756444: "activities\tactivity\tbath\tbike\tbiking\tbreakfast\tbrush teeth\tbrush your teeth\tbrushing teeth\tbrushing your teeth\tcycle\tcycling\tdinner\teat\teating\teccentric exercise\texercise\texercises\texercising\tfood\tfrom\tgame\tgames\tget out of bed\tget up\tget up from a chair\tget up from the chair\tget up from your chair\tgetting out of bed\tgetting up\tgetting up from a chair\tgetting up from the chair\tgetting up from your chair\tgo for a run\tgo for a walk\tgo for the run\tgo for the walk\tgo for your run\tgo for your walk\tgo to the toilet\tgoing to the toilet\tjog\tjogging\tjogs\tlunch\tmatch\tmatches\tmeal\tmeals\tpassing urine\tphysical activities\tphysical activity\tplay sport\tplaying sport\tpractice\tride\trides\trising\trun\trunning\truns\tsession\tshower\tshowering\tsit\tsit down\tsit for long periods\tsitting\tsitting down\tsitting for long periods\tsport\tsports\tstand\tstand up\tstand up from a chair\tstand up from the chair\tstand up from your chair\tstanding\tstanding up\tsupper\tswim\tswimming\tswims\tthe exercise\ttoilet\ttraining\turinate\turinating\twaking\twalk\twalking\twalks\twork\tyou begin\tyou brush teeth\tyou brush your teeth\tyou cycle\tyou eat\tyou exercise\tyou get out of bed\tyou get up\tyou get up from a chair\tyou get up from the chair\tyou get up from your chair\tyou go for a run\tyou go for a walk\tyou go for the run\tyou go for the walk\tyou go for your run\tyou go for your walk\tyou go to the toilet\tyou pass urine\tyou run\tyou shower\tyou sit\tyou sit down\tyou sit for long periods\tyou stand\tyou stand up\tyou start\tyou start your walk\tyou swim\tyou urinate\tyou walk\nany time \tany time that \tanytime \tanytime that \teach time \teach time that \tevery time \tevery time that \ttime \ttime that \twhen \twhen that \twhenever \twhenever that ",  # when_event
    3837385238: "as often as able \tas often as you are able \tas often as you can \tchance \tmin \tmoment \tspare moment \ttime \nas often as able \tas often as you are able \tas often as you can \twhen you find \twhen you find a \twhen you find the \twhen you get \twhen you get a \twhen you get the \twhen you have \twhen you have a \twhen you have the ",  # as_often_as_you_can
    2971045821: "as able \tas advised \tas directed \tas often as able \tas often as possible \tas often as you can \tas pain allow \tas pain allows \tas prescribed \tas symptoms allow \tas symptoms allows \tas tolerated \tlittle and often \tlittle but often ",  # vague_phrases
    2012296065: "as and when \tas and when directed by symptoms \tas and when necessary \tas and when needed \tas desired \tas directed by symptoms \tas necessary \tas needed \tas often as \tas often as can \tas often as would \tas often as you \tas often as you can \tas often as you would \tif necessary \tif needed \ton demand \tprn \twhen necessary \twhen needed \twhen required ",  # prn
    1398966665: "brings on \tcause \tcauses \tgives \tincreases \tmakes \tpain allow \tpain allows \tpain permit \tpain permits \tproduces \tsymptom allow \tsymptom allows \tsymptom permit \tsymptom permits \tsymptoms allow \tsymptoms allows \tsymptoms permit \tsymptoms permits \tworsens ",  # pain_condition
    2906866840: "ache\taches\taching\tachy\tbreathless\tcramp\tcramping\tflare\tflares\thurt\thurts\titchy\tpain\tpainful\tsore\tsorer\tstiff\tstiffness\tswelling\tswollen\tsymptomatic\ttense\ttight\ttightness\tuncomfortable\twheezing\twheezy\nif \twhen \twhenever ",  # prn_condition
    635956615: "DATE \tMONTH N \tMONTH N , \tMONTH N , N \tMONTH N N \tMONTH ORD \tMONTH ORD , \tMONTH ORD , N \tMONTH ORD N \tN MONTH \tN MONTH , \tN MONTH , N \tN MONTH N \tN of MONTH \tN of MONTH , \tN of MONTH , N \tN of MONTH N \tORD MONTH \tORD MONTH , \tORD MONTH , N \tORD MONTH N \tORD of MONTH \tORD of MONTH , \tORD of MONTH , N \tORD of MONTH N \nby \tby the \tending \tending the \tthrough \tthrough the \tthru \tthru the \tto \tto the \tuntil \tuntil the \tup to \tup to the ",  # until
    3205809865: "DATE \tMONTH N \tMONTH N , \tMONTH N , N \tMONTH N N \tMONTH ORD \tMONTH ORD , \tMONTH ORD , N \tMONTH ORD N \tN MONTH \tN MONTH , \tN MONTH , N \tN MONTH N \tN of MONTH \tN of MONTH , \tN of MONTH , N \tN of MONTH N \tORD MONTH \tORD MONTH , \tORD MONTH , N \tORD MONTH N \tORD of MONTH \tORD of MONTH , \tORD of MONTH , N \tORD of MONTH N \nbegin \tbegin on \tbeginning \tbeginning on \tfrom \tfrom on \ton \ton on \tstart \tstart on \tstarting \tstarting on ",  # from
    683083321: "N day \tN days \tN fortnight \tN fortnights \tN month \tN months \tN night \tN nights \tN week \tN weeks \tN year \tN years ",  # duration
    411058924: "N \nbends\tbridges\tcircles\tclams\tcontractions\tcrunches\tcurls\tdips\tdrops\textensions\tflexions\thops\tjumps\tkicks\tlifts\tlunges\tmarches\tmovements\tplanks\tpress\tpresses\tpumps\tpush\tpushups\traises\treaches\trepetitions\trolls\trotations\trows\tshrugs\tsitups\tslides\tsquat\tsquats\tsqueezes\tsteps\tstretches\tswings\ttaps\ttouches\ttucks\ttwists\tups",  # reps_noun
    720915926: "N \tN circles \tN reps \tN rotations \tN turns \tN x \nanti clock wise \tanti clockwise \tanticlockwise \tclock wise \tclockwise \tcounterclockwise \teach direction \teach way \tin each direction \tin each way ",  # reps_direction
    3461775664: "N each \tN reps each \tN x each ",  # reps_each
    4201402896: "N x ",  # times_bare
    2998954304: "x N ",  # x_n_reps
    3654745674: "a \ta further \tan \tanother \tone \tone more \tthe first \tthe following \tthe next \nday\tfortnight\tmonth\tnight\tweek\tyear\nday \tfortnight \tmonth \tnight \tweek \tyear \nduring \tfor \tover \twithin ",  # for_a_unit
    376195382: "N hour \tN hours \tfirst N hour \tfirst N hours \tnext N hour \tnext N hours \tthe N hour \tthe N hours \tthe first N hour \tthe first N hours \tthe next N hour \tthe next N hours \nduring \tfor \tin \tover \twithin ",  # hours_course
    1085805182: "N hour \tN hours \tN min \tN sec \tN second ",  # bout
    2381692620: "daily \teach day \teachday \teveryday \tqd ",  # daily
}
