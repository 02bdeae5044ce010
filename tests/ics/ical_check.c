/* ical_check: reads an iCalendar file on stdin with libical, the parser of
 * Evolution and other calendar programs, and runs its restriction check (the
 * rules of RFC 5545 and, for a METHOD, of RFC 5546 iTIP). Prints one line per
 * problem libical reports ("VEVENT: ...") and the number of components;
 * exits 1 when there is a problem, 2 when the text does not parse. */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>

enum { kMaxInput = 8 << 20 };

static int report_errors(icalcomponent* component) {
  int errors = 0;
  for (icalproperty* p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
       p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
    printf("%s: %s\n", icalcomponent_kind_to_string(icalcomponent_isa(component)),
           icalproperty_get_xlicerror(p));
    ++errors;
  }
  for (icalcomponent* c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c;
       c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
    errors += report_errors(c);
  return errors;
}

int main(void) {
  char* text = malloc(kMaxInput + 1);
  if (!text) return 2;
  size_t size = fread(text, 1, kMaxInput, stdin);
  text[size] = '\0';
  icalcomponent* calendar = icalparser_parse_string(text);
  free(text);
  if (!calendar || icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
    puts("not a VCALENDAR");
    return 2;
  }
  icalrestriction_check(calendar);
  int errors = report_errors(calendar);
  printf("components: %d\n", icalcomponent_count_components(calendar, ICAL_ANY_COMPONENT));
  icalcomponent_free(calendar);
  return errors ? 1 : 0;
}
