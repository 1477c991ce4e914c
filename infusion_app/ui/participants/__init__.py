"""Screens for participants: registering one, importing the randomization list."""
