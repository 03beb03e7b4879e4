#!/usr/bin/env node
import '../dist/bundle/gesprekskit.js';
