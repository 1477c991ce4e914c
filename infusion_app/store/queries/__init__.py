"""The read layer: one module per read model, each function answering one question a screen or
a report asks, with frozen dataclass rows (never positional tuples).

Every function takes the database and only reads. Services wrap or re-export these functions
for the screens (which never import the store); reports and services call them directly.
"""
