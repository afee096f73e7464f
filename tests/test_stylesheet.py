"""Trimming a stylesheet to the classes and ids a site uses."""

from __future__ import annotations

from edition.site.stylesheet import trim, words

USED = words('<div class="card show" id="top"><p class="lead">x</p></div>')


def test_a_rule_stays_only_while_its_classes_and_ids_are_used():
    css = ".card{a:1}.carousel{b:2}#top .lead{c:3}#gone .lead{d:4}p{e:5}"
    assert trim(css, USED) == ".card{a:1}#top .lead{c:3}p{e:5}"


def test_a_list_keeps_the_selectors_that_can_match():
    assert trim(".modal.show,.card.show:hover{a:1}", USED) == ".card.show:hover{a:1}"


def test_names_in_negations_and_alternatives_are_not_required():
    css = ".card:not(.collapsed){a:1}:is(.lead,.ghost) b{c:2}.card:has(.ghost){d:3}"
    assert trim(css, USED) == css


def test_attributes_and_pseudo_elements_are_not_required():
    css = '[data-theme=dark] .card::before{a:1}.card[data-x="a.b"]{c:2}'
    assert trim(css, USED) == css


def test_conditional_groups_are_trimmed_and_dropped_when_empty():
    css = "@media (min-width:960px){.card{a:1}.carousel{b:2}}@supports (x:y){.toast{c:3}}"
    assert trim(css, USED) == "@media (min-width:960px){.card{a:1}}"


def test_other_at_rules_are_kept_whole():
    css = '@charset "UTF-8";@font-face{src:url(a.woff2)}@keyframes spin{to{d:1}}.gone{a:1}'
    assert (
        trim(css, USED) == '@charset "UTF-8";@font-face{src:url(a.woff2)}@keyframes spin{to{d:1}}'
    )


def test_names_that_scripts_build_from_parts_count_as_used():
    css = ".bs-tooltip-auto .tooltip-arrow{a:1}"
    assert trim(css, USED | {"tooltip-arrow"}, ["bs-tooltip-"]) == css


def test_licences_stay_after_the_charset_and_other_comments_go():
    css = '@charset "UTF-8";/*! Licence */.card{a:1}/* a note */.gone{b:2}/*# sourceMappingURL=m*/'
    assert trim(css, USED) == '@charset "UTF-8";/*! Licence */.card{a:1}'


def test_braces_and_semicolons_inside_strings_and_urls_do_not_split_rules():
    css = '.card::after{content:"}{;"}.card{background:url(data:image/svg+xml;utf8,<svg/>)}'
    assert trim(css, USED) == css
