"""Reports: the list, a report's detail page and its change history."""
