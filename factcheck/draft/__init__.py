"""`factcheck draft`: a draft article's quotations, figures and dates as claims, checked against the sources."""
