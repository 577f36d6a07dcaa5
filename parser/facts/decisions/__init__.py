"""What Appeals decided: the determination part of the letter, read by coverage."""
